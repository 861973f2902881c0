package sv.gob.inpep.sesep.assignment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.agents.entity.AgentStatus;
import sv.gob.inpep.sesep.assignment.control.CallerAgent;
import sv.gob.inpep.sesep.assignment.control.HeldTickets;
import sv.gob.inpep.sesep.assignment.control.QueueClaim;
import sv.gob.inpep.sesep.assignment.entity.ReleaseReason;
import sv.gob.inpep.sesep.assignment.entity.TicketAssignment;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.tickets.entity.Ticket;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The virtual queue as the agent sees it (activities 1–4 and 34–35): becoming available, which
 * assigns the next ticket of the agent's competence in the same transaction; going unavailable;
 * the page's poll, which is the heartbeat and hands waiting tickets to the available agents who
 * have waited longest; and "Abandonar".
 * <p>
 * All queue state is in the database. Every change to an agent's status first locks the agent's
 * row, and tickets are claimed with row locks that skip rows other transactions are claiming
 * ({@link QueueClaim}), so an agent holds at most one ticket and a ticket is held by at most one
 * agent whichever cluster node serves whom.
 */
@Stateless
public class AssignmentQueue {

    /** How much an abandon raises a ticket's priority: above every ticket never abandoned (activity 35). */
    public static final int ABANDON_PRIORITY_STEP = 1;

    /** At most this many available agents get a ticket in one hand-over round; the next poll does the rest. */
    static final int HAND_OVER_ROUND = 20;

    static final String AGENT_ID_SQL = "SELECT a.id FROM agent a JOIN user_account u ON u.id = a.account_id"
            + " WHERE u.username = ?1";

    /**
     * Available agents with something of their competence waiting, longest-waiting first (activity
     * 1's "beyond the manual": the next ticket to arrive goes to them).
     */
    static final String AVAILABLE_AGENTS_SQL = "SELECT a.id FROM agent a WHERE a.status = 'AVAILABLE'"
            + " AND a.active = TRUE AND EXISTS (SELECT 1 FROM ticket t JOIN agent_type_service s ON s.service_id = t.service_id"
            + " JOIN agent_type y ON y.id = s.agent_type_id"
            + " WHERE t.status = 'QUEUED' AND s.agent_type_id = a.agent_type_id AND t.area_id = y.area_id)"
            + " ORDER BY a.available_since, a.id FETCH FIRST " + HAND_OVER_ROUND + " ROWS ONLY";

    /** Locks one available agent by key; an agent another transaction is changing is left for later. */
    static final String LOCK_AVAILABLE_AGENT_SQL = "SELECT a.id FROM agent a WHERE a.id = ?1"
            + " AND a.status = 'AVAILABLE' AND a.active = TRUE FOR UPDATE SKIP LOCKED";

    /** The sign of life of agents by user name, one statement for however many (the desks watched on a node). */
    static final String HEARTBEAT_OF_SQL = "UPDATE agent SET last_seen_at = ?1"
            + " WHERE account_id IN (SELECT u.id FROM user_account u WHERE u.username IN (%s))";

    /** Each agent's desk in short: user name, status and the ticket in attention, if any. */
    static final String DESK_STATES_SQL = "SELECT u.username, a.status, t.id FROM agent a"
            + " JOIN user_account u ON u.id = a.account_id"
            + " LEFT JOIN ticket t ON t.agent_id = a.id AND t.status = 'ASSIGNED'"
            + " WHERE u.username IN (%s)";

    /** At most this many user names in one statement's IN list. */
    static final int NAMES_PER_STATEMENT = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    HeldTickets heldTickets;

    private final QueueClaim claim = new QueueClaim();

    /** "Atención al Usuario": the agent's gestor data, type, status and ticket in attention. */
    @RolesAllowed("AGENTE")
    public AgentDesk current() {
        return desk(em.find(Agent.class, callerAgentId()));
    }

    /**
     * "Cambiar a disponible" (activities 1–4). The agent becomes available and, in the same
     * transaction, gets the waiting ticket of highest priority, oldest first, within their
     * competence. With none waiting the agent stays available (the desk has no ticket: activity 4)
     * and the next suitable ticket is handed over by {@link #heartbeat}.
     */
    @RolesAllowed("AGENTE")
    public AgentDesk becomeAvailable() {
        Agent agent = lockedCaller();
        LocalDateTime now = now();
        agent.becomeAvailable(now);
        return desk(agent, assignNext(agent, now, session.getCallerPrincipal().getName()));
    }

    /** Back to NO_DISPONIBLE; refused while a ticket is in attention (close or abandon it first). */
    @RolesAllowed("AGENTE")
    public AgentDesk becomeUnavailable() {
        Agent agent = lockedCaller();
        agent.becomeUnavailable(now());
        audit.record(AuditAction.AGENT_UNAVAILABLE, null, null, null, agent.getGestorCode());
        return desk(agent);
    }

    /**
     * The agent's page polls this every few seconds. It is the session's sign of life (a ticket of
     * a silent session goes back to the queue, {@link StrandedTickets}) and the moment waiting
     * tickets are handed to available agents, longest-waiting first, so a new ticket reaches an
     * available agent's screen without a reload.
     */
    @RolesAllowed("AGENTE")
    public AgentDesk heartbeat() {
        long agentId = callerAgentId();
        LocalDateTime now = now();
        em.createNamedQuery("Agent.recordHeartbeat").setParameter(1, now).setParameter(2, agentId).executeUpdate();
        if (claim.anyWaiting(em)) {
            handOver(now);
        }
        return desk(em.find(Agent.class, agentId));
    }

    /**
     * The agent page's wait for a change of its desk ({@code DeskWatch} in the web module): the
     * heartbeat and a hand-over round as {@link #heartbeat} does, without building the desk.
     *
     * @return the caller's desk in short, as {@link AgentDesk#state()} writes it
     */
    @RolesAllowed("AGENTE")
    public String pulse() {
        String username = session.getCallerPrincipal().getName();
        recordAlive(List.of(username));
        String state = watch(List.of(username)).get(username);
        if (state == null) {
            throw new NotFound("error.agent.notFound");
        }
        return state;
    }

    /**
     * The sign of life of agents whose pages wait on a node, in one statement, in a transaction of
     * its own (every few seconds): their pages are open, which is what the stranded-tickets sweep
     * needs to know.
     */
    // The server's own work for pages whose requests were authorised as AGENTE when they arrived.
    @PermitAll
    public void recordAlive(Collection<String> usernames) {
        LocalDateTime now = now();
        for (List<String> chunk : chunks(new ArrayList<>(usernames))) {
            var update = em.createNativeQuery(HEARTBEAT_OF_SQL.formatted(placeholders(2, chunk.size()))).setParameter(1, now);
            bind(update, 2, chunk).executeUpdate();
        }
    }

    /**
     * The desks a node's agent pages are waiting on, a few times a second: one hand-over round if
     * anything waits, then the state of each desk, so a page learns of its ticket the moment it is
     * assigned, on whichever node that happened.
     *
     * @return user name to {@link AgentDesk#state()}, for the names that are agents
     */
    // The server's own work for pages whose requests were authorised as AGENTE when they arrived.
    @PermitAll
    public Map<String, String> watch(Collection<String> usernames) {
        if (claim.anyWaiting(em)) {
            handOver(now());
            em.flush();
        }
        Map<String, String> states = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(usernames))) {
            var select = em.createNativeQuery(DESK_STATES_SQL.formatted(placeholders(1, chunk.size())));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = bind(select, 1, chunk).getResultList();
            for (Object[] row : rows) {
                states.put((String) row[0], AgentDesk.state(AgentStatus.valueOf((String) row[1]),
                        row[2] == null ? null : ((Number) row[2]).longValue()));
            }
        }
        return states;
    }

    private static List<List<String>> chunks(List<String> names) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < names.size(); i += NAMES_PER_STATEMENT) {
            chunks.add(names.subList(i, Math.min(names.size(), i + NAMES_PER_STATEMENT)));
        }
        return chunks;
    }

    private static String placeholders(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, int first, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            query.setParameter(first + i, names.get(i));
        }
        return query;
    }

    /**
     * "Abandonar" (activities 34–35): the ticket goes back to the queue with a higher priority, so
     * the next competent agent to ask gets it first; the agent returns to the initial screen, not
     * available. Refused once the agent answered, observed or denied (34.2): then the ticket must
     * be closed.
     */
    @RolesAllowed("AGENTE")
    public AgentDesk abandon(long ticketId) {
        Agent agent = lockedCaller();
        Ticket ticket = heldTicket(agent);
        if (ticket == null || ticket.getId() != ticketId) {
            audit.recordRefusal(AuditAction.TICKET_ABANDON_REFUSED, null, ticketId, null, "No es el ticket en atención de "
                    + agent.getGestorCode());
            throw new NotFound("error.ticket.notFound");
        }
        heldTickets.release(agent, ticket, ReleaseReason.ABANDONED, now(), session.getCallerPrincipal().getName(), null);
        return desk(agent);
    }

    /** Hands waiting tickets to the available agents in the order they became available. */
    private void handOver(LocalDateTime now) {
        @SuppressWarnings("unchecked")
        List<Number> agentIds = em.createNativeQuery(AVAILABLE_AGENTS_SQL).getResultList();
        Set<Long> typesWithoutWork = new HashSet<>();
        for (Number id : agentIds) {
            if (em.createNativeQuery(LOCK_AVAILABLE_AGENT_SQL).setParameter(1, id.longValue()).getResultList().isEmpty()) {
                continue;
            }
            Agent agent = em.find(Agent.class, id.longValue());
            em.refresh(agent);
            if (agent.getStatus() != AgentStatus.AVAILABLE || typesWithoutWork.contains(agent.getAgentType().getId())) {
                continue;
            }
            if (assignNext(agent, now, agent.getAccount().getUsername()) == null) {
                typesWithoutWork.add(agent.getAgentType().getId());
            } else {
                em.flush(); // the next claim must see this ticket taken (QueueClaim does not flush)
            }
        }
    }

    /**
     * Claims and assigns the next ticket for an available agent whose row this transaction has
     * locked; null when nothing in the agent's competence is free.
     */
    private TicketAssignment assignNext(Agent agent, LocalDateTime now, String actor) {
        if (agent.getStatus() != AgentStatus.AVAILABLE) {
            return null;
        }
        Ticket ticket = claim.next(em, agent.getAgentType());
        if (ticket == null) {
            return null;
        }
        ticket.assignTo(agent, now);
        agent.startAttention(now);
        ticket.getRequest().startAttention(now, actor);
        TicketAssignment assignment = new TicketAssignment(ticket, now);
        em.persist(assignment);
        audit.record(AuditAction.TICKET_ASSIGNED, ticket.getRequest().getId(), ticket.getId(), null,
                "Agente " + agent.getGestorCode() + "; competencia " + agent.getAgentType().getCode()
                        + " (servicio " + ticket.getService().getCode() + "); prioridad " + assignment.getPriority()
                        + (ticket.getUrgency() > 0 ? "; urgencia " + ticket.getUrgency() + " (vence " + ticket.getDueOn() + ")" : "")
                        + "; espera " + assignment.getWaitedMillis() / 1000 + " s");
        return assignment;
    }

    private AgentDesk desk(Agent agent) {
        Ticket ticket = heldTicket(agent);
        return desk(agent, ticket == null ? null : openAssignment(ticket));
    }

    private AgentDesk desk(Agent agent, TicketAssignment assignment) {
        AssignedTicket assigned = null;
        if (assignment != null) {
            Ticket ticket = assignment.getTicket();
            assigned = new AssignedTicket(ticket.getId(), ticket.getNumber(), ticket.getRequest().getId(),
                    ticket.getRequest().getSeiNumber(), ticket.getService().getCode(), ticket.getService().getName(),
                    assignment.getPriority(), ticket.getQueuedAt(), ticket.getAssignedAt(),
                    assignment.getWaitedMillis(), assignment.getAgentType().getName());
        }
        return new AgentDesk(agent.getId(), agent.getGestorCode(), agent.getFullName(), agent.getArea().getName(),
                agent.getAgentType().getCode(), agent.getAgentType().getName(), agent.getStatus(),
                agent.getAvailableSince(), assigned);
    }

    private Ticket heldTicket(Agent agent) {
        return em.createNamedQuery("Ticket.heldByAgent", Ticket.class)
                .setParameter("agent", agent)
                .getResultStream().findFirst().orElse(null);
    }

    private TicketAssignment openAssignment(Ticket ticket) {
        return em.createNamedQuery("TicketAssignment.openForTicket", TicketAssignment.class)
                .setParameter("ticket", ticket)
                .getSingleResult();
    }

    /** The caller's agent, its row locked for this transaction: one statement on the hot path. */
    private Agent lockedCaller() {
        return CallerAgent.of(em, session.getCallerPrincipal().getName(), true);
    }

    private long callerAgentId() {
        List<?> ids = em.createNativeQuery(AGENT_ID_SQL)
                .setParameter(1, session.getCallerPrincipal().getName())
                .getResultList();
        if (ids.isEmpty()) {
            throw new NotFound("error.agent.notFound");
        }
        return ((Number) ids.get(0)).longValue();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
