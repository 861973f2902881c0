package sv.gob.inpep.sesep.tickets.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.assignment.control.QueueAging;
import sv.gob.inpep.sesep.requests.boundary.Numbering;
import sv.gob.inpep.sesep.requests.entity.Counter;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.tickets.entity.Ticket;

import java.time.LocalDateTime;

/**
 * Puts a request that waits for attention in the queue of its area with a new ticket (its
 * service's area, or for a complaint the area answerable for it):
 * filed, fixed after an observation, or transferred. The ticket is due when the service's target
 * ends, counted from the first filing, and starts as urgent as that makes it today
 * ({@link QueueAging}). The area's ticket counter is locked last: every filing of the area waits
 * for it until the caller's transaction ends.
 */
@Dependent
public class TicketIssuer {

    @PersistenceContext
    EntityManager em;

    @Inject
    Numbering numbering;

    @Inject
    QueueAging aging;

    public Ticket issue(ServiceRequest request, int priority, LocalDateTime now) {
        QueueAging.Schedule schedule = aging.schedule(request.getFiledAt(), request.getService().getSlaBusinessDays(),
                now.toLocalDate());
        String prefix = request.getAreaInCharge().getTicketPrefix();
        Ticket ticket = new Ticket(Ticket.numberFor(prefix, numbering.next(Counter.ticketKey(prefix))), request, priority,
                now, schedule.dueOn(), schedule.urgency());
        em.persist(ticket);
        return ticket;
    }
}
