package sv.gob.inpep.sesep.assignment.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.agents.entity.AgentType;
import sv.gob.inpep.sesep.tickets.entity.Ticket;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Why the queue gave a ticket to an agent and how that ended: the competence that matched, the
 * priority and the wait at that moment. The ticket itself only knows its current holder; this
 * record keeps every holder, for supervisors' questions and for per-agent statistics.
 */
@Entity
@Table(name = "ticket_assignment")
@Cacheable(false)
@NamedQuery(name = "TicketAssignment.byRequest",
        query = "SELECT a FROM TicketAssignment a WHERE a.ticket.request = :request ORDER BY a.assignedAt, a.id")
@NamedQuery(name = "TicketAssignment.openForTicket",
        query = "SELECT a FROM TicketAssignment a WHERE a.ticket = :ticket AND a.releasedAt IS NULL")
public class TicketAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_assignment_seq")
    @SequenceGenerator(name = "ticket_assignment_seq", sequenceName = "ticket_assignment_seq", allocationSize = 1000)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id", nullable = false)
    private Agent agent;

    /** The type at assignment time; the agent may change type later. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_type_id", nullable = false)
    private AgentType agentType;

    @Column(name = "assigned_at", nullable = false)
    private LocalDateTime assignedAt;

    @Column(name = "priority", nullable = false)
    private int priority;

    @Column(name = "waited_millis", nullable = false)
    private long waitedMillis;

    @Column(name = "released_at")
    private LocalDateTime releasedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_reason", length = 20)
    private ReleaseReason releaseReason;

    protected TicketAssignment() {
    }

    /**
     * Records an assignment just made with {@link Ticket#assignTo}. The wait counts from the
     * ticket's first queuing, since an abandoned ticket keeps its queued-at.
     */
    public TicketAssignment(Ticket ticket, LocalDateTime now) {
        this.ticket = Objects.requireNonNull(ticket, "ticket");
        this.agent = Objects.requireNonNull(ticket.getAgent(), "ticket has no agent");
        this.agentType = agent.getAgentType();
        this.assignedAt = Objects.requireNonNull(now, "now");
        this.priority = ticket.getPriority();
        this.waitedMillis = Math.max(0, Duration.between(ticket.getQueuedAt(), now).toMillis());
    }

    /** Ends the assignment; an assignment ends once, so a second release is a caller's mistake. */
    public void release(ReleaseReason reason, LocalDateTime now) {
        if (releasedAt != null) {
            throw new IllegalStateException("assignment " + id + " already released");
        }
        this.releaseReason = Objects.requireNonNull(reason, "reason");
        this.releasedAt = Objects.requireNonNull(now, "now");
    }

    public boolean isOpen() {
        return releasedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Agent getAgent() {
        return agent;
    }

    public AgentType getAgentType() {
        return agentType;
    }

    public LocalDateTime getAssignedAt() {
        return assignedAt;
    }

    public int getPriority() {
        return priority;
    }

    public long getWaitedMillis() {
        return waitedMillis;
    }

    public LocalDateTime getReleasedAt() {
        return releasedAt;
    }

    public ReleaseReason getReleaseReason() {
        return releaseReason;
    }
}
