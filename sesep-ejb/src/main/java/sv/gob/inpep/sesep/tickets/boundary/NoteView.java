package sv.gob.inpep.sesep.tickets.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An entry of the electronic "libreta de control de atenciones", on any ticket of the same SEI. */
public record NoteView(LocalDateTime createdAt, String agentName, String ticketNumber, String text) implements Serializable {
}
