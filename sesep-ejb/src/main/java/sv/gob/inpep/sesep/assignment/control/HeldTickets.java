package sv.gob.inpep.sesep.assignment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.assignment.entity.ReleaseReason;
import sv.gob.inpep.sesep.assignment.entity.TicketAssignment;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.requests.boundary.RequestClosing;
import sv.gob.inpep.sesep.tickets.entity.Ticket;

import java.time.LocalDateTime;

/**
 * The one way a held ticket is let go, whatever the reason ({@link ReleaseReason}): "Cerrar
 * Ticket", "Abandonar", a session that died, "Liberar" by a Jefatura, a transfer to another
 * service. Each leaves the same three things right: the ticket (closed, back in the queue with a
 * higher priority, or closed by the transfer), the assignment record (released with the reason)
 * and the agent (not available, back at the initial screen), and writes the one audit event that
 * says which of those happened; a refusal (abandoning, transferring or taking back after an
 * answer, observation or denial; closing without one) is audited as refused and changes nothing.
 * <p>
 * A session that died or a Jefatura's release cannot choose: without an outcome the ticket goes
 * back to the queue like an abandon; after one it cannot (activity 34.2) and is closed as the
 * agent would have done, an answered or denied SEI closing with it (activity 33).
 * <p>
 * Runs in the caller's transaction, which must hold the agent's row lock. The claim never comes
 * here: it adds nothing to the assignment's statements.
 */
@Dependent
public class HeldTickets {

    /** What became of the ticket. */
    public enum Release { RETURNED_TO_QUEUE, CLOSED }

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestClosing requestClosing;

    @Inject
    AuditTrail audit;

    /**
     * Lets the agent's ticket go for {@code reason}.
     *
     * @param actor  who acts, for the request's history ("sistema" for the sweep)
     * @param detail what the caller adds to the audit event (the Jefatura's reason, the transfer's target), or null
     * @throws RuleViolation when the reason is not allowed in the ticket's state (audited as refused)
     */
    public Release release(Agent agent, Ticket ticket, ReleaseReason reason, LocalDateTime now, String actor,
                           String detail) {
        Release release;
        try {
            release = switch (reason) {
                case CLOSED -> close(ticket, now);
                case ABANDONED -> giveBack(ticket, now, actor);
                case TRANSFERRED -> {
                    ticket.transfer(now);
                    yield Release.CLOSED;
                }
                case SESSION_EXPIRED, SUPERVISOR_RELEASE -> giveBackOrClose(ticket, now, actor);
            };
        } catch (RuleViolation refused) {
            audit.recordRefusal(refusalAction(reason), ticket.getRequest().getId(), ticket.getId(), null,
                    "Ticket de " + agent.getGestorCode() + (ticket.getOutcome() == null ? " sin resultado"
                            : " con resultado " + ticket.getOutcome()) + suffix(detail));
            throw refused;
        }
        em.createNamedQuery("TicketAssignment.openForTicket", TicketAssignment.class)
                .setParameter("ticket", ticket).getSingleResult()
                .release(reason, now);
        agent.endAttention(false, now);
        audit.record(action(reason, release), ticket.getRequest().getId(), ticket.getId(), null,
                details(agent, ticket, reason, release) + suffix(detail));
        return release;
    }

    /** Without an outcome the ticket goes back to the queue; after one it can only be closed (activity 34.2). */
    private Release giveBackOrClose(Ticket ticket, LocalDateTime now, String actor) {
        return ticket.getOutcome() == null ? giveBack(ticket, now, actor) : close(ticket, now);
    }

    private Release close(Ticket ticket, LocalDateTime now) {
        ticket.close(now);
        if (ticket.closesRequest()) {
            requestClosing.closeWhenTicketCloses(ticket.getRequest().getId());
        }
        return Release.CLOSED;
    }

    private static Release giveBack(Ticket ticket, LocalDateTime now, String actor) {
        ticket.abandon(ticket.getPriority() + AssignmentQueue.ABANDON_PRIORITY_STEP);
        ticket.getRequest().returnToQueue(now, actor);
        return Release.RETURNED_TO_QUEUE;
    }

    /** The audit action of each way a ticket was let go (names kept from before they shared this class). */
    static String action(ReleaseReason reason, Release release) {
        boolean back = release == Release.RETURNED_TO_QUEUE;
        return switch (reason) {
            case CLOSED -> "TICKET_CLOSED";
            case ABANDONED -> "TICKET_ABANDONED";
            case TRANSFERRED -> "TICKET_TRANSFERRED";
            case SESSION_EXPIRED -> back ? "TICKET_RETURNED_SESSION_EXPIRED" : "TICKET_CLOSED_SESSION_EXPIRED";
            case SUPERVISOR_RELEASE -> back ? "TICKET_RELEASED_BY_SUPERVISOR" : "TICKET_CLOSED_BY_SUPERVISOR";
        };
    }

    static String refusalAction(ReleaseReason reason) {
        return switch (reason) {
            case CLOSED -> "TICKET_CLOSE_REFUSED";
            case ABANDONED -> "TICKET_ABANDON_REFUSED";
            case TRANSFERRED -> "TICKET_TRANSFER_REFUSED";
            case SESSION_EXPIRED, SUPERVISOR_RELEASE -> "TICKET_RELEASE_REFUSED";
        };
    }

    private static String details(Agent agent, Ticket ticket, ReleaseReason reason, Release release) {
        String what = release == Release.RETURNED_TO_QUEUE
                ? "regresa a la cola con prioridad " + ticket.getPriority()
                : ticket.attentionTime() == null ? "cerrado" : "cerrado; tiempo de atención "
                + ticket.attentionTime().toSeconds() + " s";
        return switch (reason) {
            case CLOSED, ABANDONED -> capitalized(what);
            case TRANSFERRED -> "Trasladado; " + what;
            case SESSION_EXPIRED -> "Sesión de " + agent.getGestorCode() + " sin actividad"
                    + (release == Release.CLOSED ? " después de " + ticket.getOutcome() : "") + "; " + what;
            case SUPERVISOR_RELEASE -> "Tomado de " + agent.getGestorCode()
                    + (release == Release.CLOSED ? " después de " + ticket.getOutcome() : "") + "; " + what;
        };
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String suffix(String detail) {
        return detail == null || detail.isBlank() ? "" : ". " + detail;
    }
}
