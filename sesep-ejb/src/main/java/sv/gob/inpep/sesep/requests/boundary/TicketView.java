package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One turn of the request in the queue. */
public record TicketView(String number, TicketStatus status, LocalDateTime queuedAt) implements Serializable {
}
