package sv.gob.inpep.sesep.tickets.entity;

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
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.agents.entity.AgentType;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Ticket de atención: one turn of an SEI in the virtual queue. An SEI gets a new ticket when it
 * is filed and each time the citizen fixes an observation; an abandoned ticket goes back to the
 * queue itself, with a higher priority, rather than being replaced.
 * <p>
 * Ticket and request are separate aggregates: the boundary moves both in one transaction
 * (e.g. {@link #assignTo} with {@link ServiceRequest#startAttention}); each refuses what its own
 * state does not allow.
 */
@Entity
@Table(name = "ticket")
@Cacheable(false)
@NamedQuery(name = "Ticket.byRequest",
        query = "SELECT t FROM Ticket t WHERE t.request = :request ORDER BY t.queuedAt, t.id")
// The ticket numbers of a page of requests ("Mis solicitudes" shows each one's latest), in queue order.
@NamedQuery(name = "Ticket.numbersOf",
        query = "SELECT t.request.id, t.number FROM Ticket t WHERE t.request.id IN :requests ORDER BY t.queuedAt, t.id")
@NamedQuery(name = "Ticket.heldByAgent",
        query = "SELECT t FROM Ticket t WHERE t.agent = :agent"
                + " AND t.status = sv.gob.inpep.sesep.tickets.entity.TicketStatus.ASSIGNED")
/*
 * The queue's claim: the next waiting ticket within an agent type's competence, highest priority,
 * then most urgent (aging: nearest its due date), then oldest, locked for this transaction. SKIP
 * LOCKED lets concurrent agents on any node pass over a ticket another one is claiming instead of
 * waiting for it or both getting it; JPQL has no way to say that. Parameter 1: the agent type's id.
 * On PostgreSQL concurrent claimers get successive tickets. On H2 2.2.224 the row limit is applied
 * before locked rows are skipped, so a second concurrent claimer gets nothing even when more
 * tickets wait: never a double assignment, but a spurious "nothing waiting".
 */
@NamedNativeQuery(name = "Ticket.claimNextForAgentType",
        query = "SELECT t.* FROM ticket t"
                + " WHERE t.status = 'QUEUED'"
                + " AND t.service_id IN (SELECT s.service_id FROM agent_type_service s WHERE s.agent_type_id = ?1)"
                + " AND t.area_id = ?2"
                + " ORDER BY t.priority DESC, t.urgency DESC, t.queued_at, t.id"
                + " FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED",
        resultClass = Ticket.class)
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    private Long id;

    @Column(name = "ticket_number", nullable = false, unique = true, length = 20)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private ServiceRequest request;

    /** Copied from the request so the queue filters and sorts on the ticket table alone. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private CatalogService service;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private ManagementArea area;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TicketStatus status;

    @Column(name = "priority", nullable = false)
    private int priority;

    /** Kept across abandons, so an abandoned ticket also keeps its age in the queue. */
    @Column(name = "queued_at", nullable = false)
    private LocalDateTime queuedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_id")
    private Agent agent;

    @Column(name = "assigned_at")
    private LocalDateTime assignedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private TicketOutcome outcome;

    @Column(name = "outcome_at")
    private LocalDateTime outcomeAt;

    /**
     * The service's target from the request's filing (business days): the day by which the
     * request should be attended. Null only for tickets queued before it was kept, until the
     * aging run sets it.
     */
    @Column(name = "due_on")
    private LocalDate dueOn;

    /**
     * Aging: how near the due date the ticket is (0 = not near; higher = nearer or overdue). The
     * claim orders by priority, then urgency, then age; it only rises while the ticket waits.
     */
    @Column(name = "urgency", nullable = false)
    private int urgency;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Ticket() {
    }

    /**
     * Queues a ticket for a request that is waiting for attention (filed, fixed after an
     * observation, or transferred from another service), due on {@code dueOn} and as urgent as
     * that date makes it today.
     */
    public Ticket(String number, ServiceRequest request, int priority, LocalDateTime queuedAt, LocalDate dueOn,
                  int urgency) {
        this(number, request, priority, queuedAt);
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        raiseUrgency(urgency);
    }

    /** The same without a due date yet: the next aging run sets it (tickets made by tests and older data). */
    public Ticket(String number, ServiceRequest request, int priority, LocalDateTime queuedAt) {
        this.number = Texts.nonBlank(number, "number");
        this.request = Objects.requireNonNull(request, "request");
        if (request.getStatus() != RequestStatus.FILED) {
            throw new IllegalStateException("a ticket is queued only for a filed request, not " + request.getStatus());
        }
        this.service = request.getService();
        this.area = request.getAreaInCharge();
        this.priority = priority;
        this.queuedAt = Objects.requireNonNull(queuedAt, "queuedAt");
        this.status = TicketStatus.QUEUED;
    }

    /** {@code <prefix>-<n>}, e.g. CWG-1: the area's prefix and the area's ticket counter. */
    public static String numberFor(String ticketPrefix, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("ticket sequence must be positive: " + sequence);
        }
        return Texts.nonBlank(ticketPrefix, "ticketPrefix") + "-" + sequence;
    }

    /**
     * Hands the ticket to an agent whose type is competent for its service (activities 2–3); the
     * attention time starts now.
     */
    public void assignTo(Agent agent, LocalDateTime now) {
        Objects.requireNonNull(agent, "agent");
        if (status != TicketStatus.QUEUED) {
            throw new RuleViolation("error.ticket.notQueued", number);
        }
        if (!isWithinCompetenceOf(agent.getAgentType())) {
            throw new RuleViolation("error.ticket.outsideCompetence", number, agent.getGestorCode());
        }
        this.agent = agent;
        this.assignedAt = Objects.requireNonNull(now, "now");
        this.status = TicketStatus.ASSIGNED;
    }

    /**
     * Whether agents of this type may attend the ticket: its service is in the type's competence
     * and it waits in the type's area. An administrator gives a type only services of its own area,
     * except complaint services, which any area's types may attend; a complaint's ticket waits in
     * the area answerable for it, so the area is what sends a complaint about Pensiones to the
     * Pensiones agents who attend complaints and not to the CAU's. One rule for every ticket, and
     * the queue's claim states it in SQL ({@code Ticket.claimNextForAgentType}).
     */
    public boolean isWithinCompetenceOf(AgentType type) {
        ManagementArea typeArea = type.getArea();
        return type.covers(service) && (typeArea == area || typeArea.getId() != null && typeArea.getId().equals(area.getId()));
    }

    /** Answer, observation or denial (activities 15–30): at most one per ticket. */
    public void recordOutcome(TicketOutcome outcome, LocalDateTime now) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == TicketOutcome.TRANSFERRED) {
            throw new IllegalArgumentException("a transfer ends the ticket: use transfer()");
        }
        requireAssigned();
        if (this.outcome != null) {
            throw new RuleViolation("error.ticket.outcomeAlreadyRecorded", number);
        }
        this.outcome = outcome;
        this.outcomeAt = Objects.requireNonNull(now, "now");
    }

    /**
     * "Abandonar" (activities 34–35), also used when the agent's session expired: the ticket goes
     * back to the queue ahead of others. Refused once the agent answered, observed or denied; the
     * citizen has been told, so the ticket must be closed instead (34.2).
     *
     * @param raisedPriority the new priority, higher than the current one
     */
    public void abandon(int raisedPriority) {
        requireAssigned();
        if (outcome != null) {
            throw new RuleViolation("error.ticket.abandonAfterOutcome", number);
        }
        if (raisedPriority <= priority) {
            throw new IllegalArgumentException("abandon must raise the priority above " + priority);
        }
        this.priority = raisedPriority;
        this.agent = null;
        this.assignedAt = null;
        this.status = TicketStatus.QUEUED;
    }

    /**
     * The request belongs to another service (it was transferred with a new ticket): this ticket
     * ends here, closed with the transfer as its way out. Refused once the agent answered,
     * observed or denied: the citizen was told, so the ticket must be closed instead.
     */
    public void transfer(LocalDateTime now) {
        requireAssigned();
        if (outcome != null) {
            throw new RuleViolation("error.ticket.transferAfterOutcome", number);
        }
        Objects.requireNonNull(now, "now");
        this.outcome = TicketOutcome.TRANSFERRED;
        this.outcomeAt = now;
        this.finishedAt = now;
        this.closedAt = now;
        this.status = TicketStatus.CLOSED;
    }

    /** Sets the due date of a ticket queued without one (see the four-argument constructor). */
    public void scheduleDue(LocalDate due) {
        if (dueOn == null) {
            this.dueOn = Objects.requireNonNull(due, "due");
        }
    }

    /** Aging: the ticket is nearer its due date; urgency never falls. */
    public void raiseUrgency(int level) {
        if (level < 0) {
            throw new IllegalArgumentException("urgency must not be negative: " + level);
        }
        this.urgency = Math.max(urgency, level);
    }

    /** "Terminar" (activity 31): the attention is over; only "Cerrar Ticket" remains. */
    public void finish(LocalDateTime now) {
        requireAssigned();
        if (outcome == null) {
            throw new RuleViolation("error.ticket.finishWithoutOutcome", number);
        }
        if (finishedAt != null) {
            throw new RuleViolation("error.ticket.alreadyFinished", number);
        }
        this.finishedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * "Cerrar Ticket" (activities 32–33). Needs an outcome: without one the agent abandons instead,
     * or the request would be left in attention with nobody holding it. Finishes the ticket too if
     * "Terminar" was skipped, as when a held ticket is closed for an expired session.
     */
    public void close(LocalDateTime now) {
        requireAssigned();
        if (outcome == null) {
            throw new RuleViolation("error.ticket.closeWithoutOutcome", number);
        }
        Objects.requireNonNull(now, "now");
        if (finishedAt == null) {
            finishedAt = now;
        }
        this.closedAt = now;
        this.status = TicketStatus.CLOSED;
    }

    /**
     * The citizen withdrew the request while this ticket waited: it leaves the queue, closed,
     * having never been attended. Refused once an agent holds it; the caller holds the ticket's
     * row lock, so no agent can be claiming it meanwhile.
     */
    public void withdraw(LocalDateTime now) {
        if (status != TicketStatus.QUEUED) {
            throw new RuleViolation("error.ticket.notQueued", number);
        }
        this.closedAt = Objects.requireNonNull(now, "now");
        this.status = TicketStatus.CLOSED;
    }

    /** Tiempo de atención: from assignment to close; null until the ticket is closed. */
    public Duration attentionTime() {
        if (assignedAt == null || closedAt == null) {
            return null;
        }
        return Duration.between(assignedAt, closedAt);
    }

    /** Whether closing this ticket must also close its SEI (activity 33). */
    public boolean closesRequest() {
        return outcome == TicketOutcome.ANSWERED || outcome == TicketOutcome.DENIED;
    }

    private void requireAssigned() {
        if (status != TicketStatus.ASSIGNED) {
            throw new RuleViolation("error.ticket.notAssigned", number);
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public CatalogService getService() {
        return service;
    }

    public ManagementArea getArea() {
        return area;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public int getPriority() {
        return priority;
    }

    public LocalDateTime getQueuedAt() {
        return queuedAt;
    }

    public Agent getAgent() {
        return agent;
    }

    public LocalDateTime getAssignedAt() {
        return assignedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public TicketOutcome getOutcome() {
        return outcome;
    }

    public LocalDateTime getOutcomeAt() {
        return outcomeAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public int getUrgency() {
        return urgency;
    }

    public long getVersion() {
        return version;
    }
}
