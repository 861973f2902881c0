package sv.gob.inpep.sesep.assignment.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** The ticket an agent holds, with why the queue gave it to them (competence, priority, wait). */
public record AssignedTicket(long ticketId, String ticketNumber, long requestId, String seiNumber,
                             String serviceCode, String serviceName, int priority, LocalDateTime queuedAt,
                             LocalDateTime assignedAt, long waitedMillis, String competence) implements Serializable {
}
