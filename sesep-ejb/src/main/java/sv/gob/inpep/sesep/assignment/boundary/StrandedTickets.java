package sv.gob.inpep.sesep.assignment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.agents.entity.AgentStatus;
import sv.gob.inpep.sesep.assignment.control.HeldTickets;
import sv.gob.inpep.sesep.assignment.entity.ReleaseReason;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.cluster.control.LeasedSweep;
import sv.gob.inpep.sesep.tickets.entity.Ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Returns the tickets of agents whose session died (the page stopped waiting on its desk) once the grace
 * period has passed ({@link HeldTickets}: back to the queue with a higher priority, or closed if
 * the agent already answered, observed or denied). Silent agents who were only available are made
 * unavailable, so no ticket is handed to a dead session.
 * <p>
 * The timer fires on every node; only the node holding the cluster lease sweeps. Each agent is
 * handled in a transaction of its own under the agent's row lock, so a sweep that overlaps an
 * agent's own action (or, after a lease expired, another sweep) changes nothing twice.
 */
@Stateless
// The server's own timer work; it touches only sessions that have already been silent past the grace period.
@PermitAll
public class StrandedTickets {

    public static final String LEASE = "stranded-tickets";

    /** The timer's period below; the lease lasts a little less, so the holder renews it every run. */
    static final Duration LEASE_TTL = Duration.ofSeconds(14);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    LeasedSweep sweep;

    @Inject
    AuditTrail audit;

    @Inject
    HeldTickets heldTickets;

    @Inject
    Clock clock;

    /** Silence after which a session counts as ended; an open agent page is recorded alive every few seconds. */
    @Inject
    @ConfigProperty(name = "sesep.assignment.grace-seconds", defaultValue = "120")
    long graceSeconds;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "stranded-tickets sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        sweep(LeasedSweep.thisNode());
    }

    /**
     * One sweep as {@code node}.
     *
     * @return how many agents were released (tickets returned or closed, available agents made
     * unavailable), or -1 when another node holds the lease and this one did nothing
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep(String node) {
        LocalDateTime cutoff = LocalDateTime.now(clock).minusSeconds(graceSeconds);
        StrandedTickets self = session.getBusinessObject(StrandedTickets.class);
        return sweep.each(LEASE, LEASE_TTL, node,
                () -> em.createNamedQuery("Agent.silentSince", Agent.class).setParameter("cutoff", cutoff)
                        .getResultStream().map(Agent::getId).toList(),
                agentId -> self.release(agentId, cutoff));
    }

    /** Releases one silent agent, if still silent once their row is locked. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean release(long agentId, LocalDateTime cutoff) {
        Agent agent = em.find(Agent.class, agentId, LockModeType.PESSIMISTIC_WRITE);
        if (agent == null || agent.getStatus() == AgentStatus.UNAVAILABLE
                || (agent.getLastSeenAt() != null && !agent.getLastSeenAt().isBefore(cutoff))) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (agent.getStatus() == AgentStatus.AVAILABLE) {
            agent.becomeUnavailable(now);
            audit.record(AuditAction.AGENT_SESSION_EXPIRED, null, null, null, agent.getGestorCode() + " deja de estar disponible");
            return true;
        }
        Ticket ticket = em.createNamedQuery("Ticket.heldByAgent", Ticket.class)
                .setParameter("agent", agent)
                .getResultStream().findFirst().orElse(null);
        if (ticket == null) {
            agent.endAttention(false, now);
            audit.record(AuditAction.AGENT_SESSION_EXPIRED, null, null, null, agent.getGestorCode() + " deja de estar en atención");
        } else {
            heldTickets.release(agent, ticket, ReleaseReason.SESSION_EXPIRED, now, "sistema", null);
        }
        return true;
    }
}
