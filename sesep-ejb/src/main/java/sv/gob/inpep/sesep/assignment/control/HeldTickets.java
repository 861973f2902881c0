package sv.gob.inpep.sesep.assignment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.assignment.entity.ReleaseReason;
import sv.gob.inpep.sesep.assignment.entity.TicketAssignment;
import sv.gob.inpep.sesep.requests.boundary.RequestClosing;
import sv.gob.inpep.sesep.tickets.entity.Ticket;

import java.time.LocalDateTime;

/**
 * Takes a ticket away from its agent when the agent cannot finish it (the session died, or a
 * supervisor releases a stuck ticket). Like "Abandonar", a ticket without an outcome goes back to
 * the queue with a higher priority; one the agent already answered, observed or denied cannot go
 * back (activity 34.2) and is closed as the agent would have done, an answered or denied SEI
 * closing with it (activity 33). The agent is left not available. Runs in the caller's
 * transaction, which must hold the agent's row lock.
 */
@Dependent
public class HeldTickets {

    /** What became of the ticket. */
    public enum Release { RETURNED_TO_QUEUE, CLOSED }

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestClosing requestClosing;

    public Release release(Agent agent, Ticket ticket, ReleaseReason reason, LocalDateTime now, String actor) {
        TicketAssignment assignment = em.createNamedQuery("TicketAssignment.openForTicket", TicketAssignment.class)
                .setParameter("ticket", ticket).getSingleResult();
        Release release;
        if (ticket.getOutcome() == null) {
            ticket.abandon(ticket.getPriority() + AssignmentQueue.ABANDON_PRIORITY_STEP);
            ticket.getRequest().returnToQueue(now, actor);
            release = Release.RETURNED_TO_QUEUE;
        } else {
            ticket.close(now);
            if (ticket.closesRequest()) {
                requestClosing.closeWhenTicketCloses(ticket.getRequest().getId());
            }
            release = Release.CLOSED;
        }
        assignment.release(reason, now);
        agent.endAttention(false, now);
        return release;
    }
}
