package sv.gob.inpep.sesep.supervision.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.agents.entity.AgentStatus;
import sv.gob.inpep.sesep.assignment.control.HeldTickets;
import sv.gob.inpep.sesep.assignment.entity.ReleaseReason;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.supervision.control.AreaScope;
import sv.gob.inpep.sesep.supervision.control.SupervisedAreas;
import sv.gob.inpep.sesep.supervision.control.TicketsAtRisk;
import sv.gob.inpep.sesep.tickets.entity.Ticket;
import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The Jefaturas' live board and their one action on it, each Jefatura over its own areas
 * ({@link SupervisedAreas}): another area's queue, agents and tickets are not on its board, and
 * releasing a ticket of another area is refused exactly as releasing one that does not exist
 * (audited). The board reads the queue per area and
 * service (tickets waiting, the oldest wait, the highest priority) and every active agent with
 * their status, how long their page has been silent and the ticket they hold: one query for the
 * queue and one for the agents, whatever their number. "Liberar" takes a ticket from an agent who cannot finish it
 * ({@link HeldTickets}): back to the queue first in line, or closed if the agent already answered,
 * observed or denied. It locks the agent's row first, as the queue, the workspace and the sweep
 * do, so a release and the agent's own last click never both happen; the loser is told the
 * ticket is no longer in attention.
 */
@Stateless
@RolesAllowed("SUPERVISOR")
public class SupervisionBoard {

    /** Longest reason kept with a release. */
    public static final int REASON_MAX = 500;

    static final String WAITING_JPQL = "SELECT t.area.id, t.area.name, s.code, s.name, COUNT(t), MAX(t.priority),"
            + " MIN(t.queuedAt) FROM Ticket t JOIN t.service s WHERE t.status = :queued"
            + " GROUP BY t.area.id, t.area.name, s.code, s.name ORDER BY MIN(t.queuedAt)";

    static final String AGENTS_JPQL = "SELECT a.id, ar.id, a.gestorCode, a.fullName, ar.name, ty.name, a.status,"
            + " a.statusChangedAt, a.lastSeenAt, t.id, t.number, r.seiNumber, s.name, t.assignedAt, t.outcome, r.id"
            + " FROM Agent a JOIN a.area ar JOIN a.agentType ty"
            + " LEFT JOIN Ticket t ON t.agent = a AND t.status = :assigned LEFT JOIN t.request r LEFT JOIN t.service s"
            + " WHERE a.active = TRUE ORDER BY ar.name, a.gestorCode";

    @PersistenceContext
    EntityManager em;

    @Inject
    HeldTickets heldTickets;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    SupervisedAreas supervisedAreas;

    @Inject
    TicketsAtRisk ticketsAtRisk;

    @Resource
    SessionContext session;

    /** The board now, for every area of the supervisor's or only {@code areaId}'s. */
    public Board board(Long areaId) {
        LocalDateTime now = LocalDateTime.now(clock);
        AreaScope mine = scope();
        AreaScope shown = mine.narrowedTo(areaId);
        List<Board.Area> areas = areas(mine);
        List<Board.Waiting> waiting = em.createQuery(WAITING_JPQL, Object[].class)
                .setParameter("queued", TicketStatus.QUEUED)
                .getResultStream()
                .filter(row -> shown.includes((Long) row[0]))
                .map(row -> new Board.Waiting((String) row[1], (String) row[2], (String) row[3], ((Number) row[4]).longValue(),
                        ((Number) row[5]).intValue(), seconds(time(row[6]), now)))
                .toList();
        List<Board.AgentLine> agents = em.createQuery(AGENTS_JPQL, Object[].class)
                .setParameter("assigned", TicketStatus.ASSIGNED)
                .getResultStream()
                .filter(row -> shown.includes((Long) row[1]))
                .map(row -> new Board.AgentLine((Long) row[0], (String) row[2], (String) row[3], (String) row[4],
                        (String) row[5], (AgentStatus) row[6], seconds(time(row[7]), now), seconds(time(row[8]), now),
                        (Long) row[9], (String) row[10], (String) row[11], (String) row[12], seconds(time(row[13]), now),
                        (TicketOutcome) row[14], (Long) row[15]))
                .toList();
        return new Board(now, areaId, areas, waiting, agents);
    }

    /**
     * "En riesgo": the waiting and held tickets of the supervisor's areas (or only {@code areaId}'s)
     * that are overdue or due within the configured business days, today.
     */
    public RiskList atRisk(Long areaId) {
        return ticketsAtRisk.on(LocalDate.now(clock), scope().narrowedTo(areaId));
    }

    /** The areas a board or report can be narrowed to: the supervisor's own. */
    public List<Board.Area> areas() {
        return areas(scope());
    }

    private List<Board.Area> areas(AreaScope scope) {
        return em.createNamedQuery("ManagementArea.active", ManagementArea.class).getResultStream()
                .filter(a -> scope.includes(a.getId()))
                .map(a -> new Board.Area(a.getId(), a.getName())).toList();
    }

    private AreaScope scope() {
        return supervisedAreas.of(session.getCallerPrincipal().getName());
    }

    /**
     * "Liberar": takes the ticket from its agent, with the supervisor's reason, which is audited.
     *
     * @return whether the ticket went back to the queue or was closed
     * @throws RuleViolation when the ticket is no longer in attention (a stale board), or without a
     *                        reason; also, worded the same, when it is of an area the supervisor does not supervise
     */
    public HeldTickets.Release release(long ticketId, String reason) {
        String why = Texts.required(reason, REASON_MAX, "error.supervision.reasonRequired");
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket != null && !scope().includes(ticket.getArea().getId())) {
            audit.recordRefusal("TICKET_RELEASE_REFUSED", ticket.getRequest().getId(), ticketId, null,
                    "Ticket de un área que no supervisa (" + ticket.getArea().getName() + ")");
            throw new RuleViolation("error.supervision.notInAttention", String.valueOf(ticketId));
        }
        if (ticket == null || ticket.getStatus() != TicketStatus.ASSIGNED) {
            throw refused(ticketId, ticket);
        }
        Agent agent = em.find(Agent.class, ticket.getAgent().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(ticket);
        if (ticket.getStatus() != TicketStatus.ASSIGNED || !agent.equals(ticket.getAgent())) {
            throw refused(ticketId, ticket);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return heldTickets.release(agent, ticket, ReleaseReason.SUPERVISOR_RELEASE, now,
                session.getCallerPrincipal().getName(), "Motivo: " + why);
    }

    private RuleViolation refused(long ticketId, Ticket ticket) {
        audit.recordRefusal("TICKET_RELEASE_REFUSED", ticket == null ? null : ticket.getRequest().getId(), ticketId, null,
                ticket == null ? "No existe" : "Estado " + ticket.getStatus());
        return new RuleViolation("error.supervision.notInAttention", ticket == null ? String.valueOf(ticketId) : ticket.getNumber());
    }

    private static LocalDateTime time(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }

    private static long seconds(LocalDateTime since, LocalDateTime now) {
        return since == null ? 0 : Math.max(0, Duration.between(since, now).toSeconds());
    }
}
