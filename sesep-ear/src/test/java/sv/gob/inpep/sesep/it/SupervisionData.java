package sv.gob.inpep.sesep.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.accounts.entity.Role;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.agents.entity.AgentType;
import sv.gob.inpep.sesep.assignment.entity.ReleaseReason;
import sv.gob.inpep.sesep.assignment.entity.TicketAssignment;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.catalog.entity.ServiceCategory;
import sv.gob.inpep.sesep.cluster.entity.ClusterLease;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.satisfaction.entity.SatisfactionSurvey;
import sv.gob.inpep.sesep.supervision.entity.Supervisor;
import sv.gob.inpep.sesep.tickets.entity.Ticket;
import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The Jefaturas' test worlds: services and agent types of either area, supervisor accounts with
 * their areas, and requests with a past whose every turn (queued, taken, resolved) happened at the
 * times a test gives, for figures computed by hand. Its own number series (SEI year 7000 and up,
 * ticket prefix TS) keeps its rows apart from {@link QueueData}'s.
 */
@ApplicationScoped
@Transactional
public class SupervisionData {

    static final long CAU_AREA = QueueData.CAU_AREA;
    static final long PENSIONES_AREA = 2;
    static final String CAU_NAME = "Centro de Atención al Usuario";
    static final String PENSIONES_NAME = "Departamento de Pensiones";
    /** The demo supervisor of every area (db/demo V3). */
    static final String ALL_AREAS_SUPERVISOR = "jefa.direccion";
    static final String PENSIONES_SUPERVISOR = "jefe.pensiones";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** One turn of a request: its ticket queued, taken and resolved at these times (taken null: still waiting). */
    public record Turn(LocalDateTime queuedAt, LocalDateTime takenAt, TicketOutcome outcome, LocalDateTime outcomeAt) {
    }

    /** A service of the area, offered to every applicant kind, with this target in business days. */
    public long newService(String label, long areaId, int targetDays) {
        long n = numbers(1);
        CatalogService service = new CatalogService("TS" + n, "Servicio de jefatura " + label + " " + n,
                em.find(ServiceCategory.class, QueueData.CATEGORY), em.find(ManagementArea.class, areaId), targetDays,
                EnumSet.of(ApplicantKind.CONTRIBUTOR, ApplicantKind.PENSIONER, ApplicantKind.BENEFICIARY));
        service.setAllowsMultipleOpen(true);
        em.persist(service);
        em.flush();
        return service.getId();
    }

    /** An agent type of the service's area attending exactly that service, and one agent of it; the agent's user name. */
    public String newAgent(String label, long serviceId) {
        CatalogService service = em.find(CatalogService.class, serviceId);
        long n = numbers(1);
        AgentType type = new AgentType("ST" + n, "Tipo de jefatura " + n, service.getArea());
        type.grant(service);
        em.persist(type);
        String hash = demoPasswordHash();
        String username = label + "-" + n;
        UserAccount account = new UserAccount(username, hash, username + "@sesep.example", "Agente de jefatura " + username,
                Role.AGENTE, now());
        em.persist(account);
        em.persist(new Agent(account, "GS" + n, "Agente de jefatura " + username, service.getArea(), type, now()));
        em.flush();
        return username;
    }

    /** A SUPERVISOR account with the demo password; with a supervisor row of no area when {@code withRow}. */
    public long newSupervisor(String label, boolean withRow) {
        String username = label + "-" + numbers(1);
        UserAccount account = new UserAccount(username, demoPasswordHash(), username + "@sesep.example",
                "Jefatura de prueba " + username, Role.SUPERVISOR, now());
        em.persist(account);
        em.flush();
        if (withRow) {
            em.persist(new Supervisor(account.getId()));
        }
        return account.getId();
    }

    public String username(long accountId) {
        return em.find(UserAccount.class, accountId).getUsername();
    }

    public long accountId(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", username)
                .getSingleResult().getId();
    }

    /**
     * A request of the demo contributor filed at {@code filedAt}, one ticket per turn (a turn after
     * an observation starts with the citizen's fix), rated with the comment after its last turn
     * when {@code rating} is given; its id.
     */
    public long pastRequest(long serviceId, String agentUsername, LocalDateTime filedAt, Integer rating, String comment,
                            Turn... turns) {
        Citizen citizen = em.createNamedQuery("Citizen.byUsername", Citizen.class)
                .setParameter("username", DemoAccounts.CONTRIBUTOR).getSingleResult();
        long n = numbers(1);
        ServiceRequest request = new ServiceRequest(ServiceRequest.seiNumberFor(7000 + (int) (n / 999_999), n % 999_999 + 1),
                citizen, em.find(CatalogService.class, serviceId), "{}", UUID.randomUUID().toString(), filedAt, filedAt);
        em.persist(request);
        Agent agent = agentUsername == null ? null : em.createNamedQuery("Agent.byUsername", Agent.class)
                .setParameter("username", agentUsername).getSingleResult();
        LocalDateTime last = filedAt;
        for (int i = 0; i < turns.length; i++) {
            Turn turn = turns[i];
            if (i > 0) {
                request.resubmit("Adjunto el documento.", turn.queuedAt(), DemoAccounts.CONTRIBUTOR);
            }
            Ticket ticket = new Ticket(Ticket.numberFor("TS", numbers(1)), request, 0, turn.queuedAt());
            em.persist(ticket);
            if (turn.takenAt() == null) {
                continue;
            }
            ticket.assignTo(agent, turn.takenAt());
            TicketAssignment assignment = new TicketAssignment(ticket, turn.takenAt());
            em.persist(assignment);
            String actor = agent.getAccount().getUsername();
            request.startAttention(turn.takenAt(), actor);
            if (turn.outcome() == null) {
                continue;
            }
            ticket.recordOutcome(turn.outcome(), turn.outcomeAt());
            switch (turn.outcome()) {
                case OBSERVED -> request.observe("Falta la constancia de sueldo.", QueueData.deadlineFrom(turn.outcomeAt()),
                        turn.outcomeAt(), actor);
                case DENIED -> request.deny("No cumple los requisitos del servicio.", turn.outcomeAt(), actor);
                default -> request.answer(turn.outcomeAt(), actor);
            }
            ticket.close(turn.outcomeAt());
            assignment.release(ReleaseReason.CLOSED, turn.outcomeAt());
            last = turn.outcomeAt();
        }
        if (rating != null) {
            SatisfactionSurvey survey = new SatisfactionSurvey(request, last);
            survey.answer(rating, comment, last.plusHours(1));
            em.persist(survey);
        }
        em.flush();
        return request.getId();
    }

    /** The ticket ids of a request, in the order they were queued. */
    public List<Long> tickets(long requestId) {
        return em.createNamedQuery("Ticket.byRequest", Ticket.class)
                .setParameter("request", em.find(ServiceRequest.class, requestId)).getResultStream()
                .map(Ticket::getId).sorted().toList();
    }

    public String ticketNumber(long ticketId) {
        return em.find(Ticket.class, ticketId).getNumber();
    }

    public String seiNumber(long requestId) {
        return em.find(ServiceRequest.class, requestId).getSeiNumber();
    }

    /** The digests of that day are forgotten, as on a database where that day has not come yet. */
    public void forgetDigests(LocalDate day) {
        em.createQuery("DELETE FROM RiskDigest d WHERE d.day = :day").setParameter("day", day).executeUpdate();
    }

    public long digests(String username, LocalDate day) {
        return em.createNamedQuery("RiskDigest.countFor", Long.class).setParameter("accountId", accountId(username))
                .setParameter("day", day).getSingleResult();
    }

    /** Nobody holds the lease, as after its holder's expiry. */
    public void freeLease(String name) {
        ClusterLease lease = em.find(ClusterLease.class, name, LockModeType.PESSIMISTIC_WRITE);
        lease.release(lease.getHolder() == null ? "-" : lease.getHolder(), now().minusMinutes(1));
    }

    private String demoPasswordHash() {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", DemoAccounts.AGENT)
                .getSingleResult().getPasswordHash();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private long numbers(int count) {
        return TestNumbers.take(em, "TEST-SUPERVISION", count);
    }
}
