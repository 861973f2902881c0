package sv.gob.inpep.sesep.tickets.boundary;

import sv.gob.inpep.sesep.tickets.entity.TicketNote;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An entry of the electronic "libreta de control de atenciones", on any ticket of the same SEI. */
public record NoteView(LocalDateTime createdAt, String agentName, String ticketNumber, String text) implements Serializable {

    public static NoteView of(TicketNote note) {
        return new NoteView(note.getCreatedAt(), note.getAgent().getFullName(), note.getTicket().getNumber(), note.getText());
    }
}
