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
import sv.gob.inpep.sesep.audit.entity.AuditEvent;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.DocumentRequirement;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.catalog.entity.ServiceCategory;
import sv.gob.inpep.sesep.cluster.entity.ClusterLease;
import sv.gob.inpep.sesep.documents.entity.DigitalFileEntry;
import sv.gob.inpep.sesep.documents.entity.RequestDocument;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;
import sv.gob.inpep.sesep.requests.entity.CorrectionDeadline;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.responses.entity.RequestResponse;
import sv.gob.inpep.sesep.satisfaction.entity.SatisfactionSurvey;
import sv.gob.inpep.sesep.tickets.entity.Ticket;
import sv.gob.inpep.sesep.tickets.entity.TicketNote;
import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Sets up the queue's test worlds through the entities themselves, as the citizen portal would
 * (a filed request and its QUEUED ticket), and reads back what the queue did. Each test gets its
 * own services and agent types, so tickets of one test are never in another's competence.
 */
@ApplicationScoped
@Transactional
public class QueueData {

    /** Ids of the demo rows the test worlds hang from (db/demo). */
    static final long CAU_AREA = 1;
    static final long PENSIONES_AREA = 2;
    static final long CATEGORY = 1;

    @PersistenceContext
    EntityManager em;

    /** The server's clock (the institute's zone), so test times compare with the queue's. */
    @Inject
    Clock clock;

    /** An AGENTE account with this user name and the demo password, made or reset (a test may change it). */
    public void agentWithDemoPassword(String username) {
        String hash = em.createNamedQuery("Agent.byUsername", Agent.class)
                .setParameter("username", DemoAccounts.AGENT).getSingleResult().getAccount().getPasswordHash();
        List<UserAccount> existing = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username).getResultList();
        if (!existing.isEmpty()) {
            existing.get(0).changePasswordHash(hash);
            return;
        }
        UserAccount account = new UserAccount(username, hash, username + "@sesep.example", "Agente de prueba " + username,
                Role.AGENTE, LocalDateTime.now(clock));
        em.persist(account);
        AgentType type = em.createNamedQuery("Agent.byUsername", Agent.class)
                .setParameter("username", DemoAccounts.AGENT).getSingleResult().getAgentType();
        em.persist(new Agent(account, "G-CLAVE", "Agente de prueba " + username, type.getArea(), type, LocalDateTime.now(clock)));
    }

    /** A catalogue service of its own, offered to every applicant kind, attended by the CAU. */
    public long newService(String label) {
        return newService(label, CATEGORY);
    }

    /** The same, in that category. */
    public long newService(String label, long categoryId) {
        return newService(label, categoryId, CAU_AREA);
    }

    /** A service of its own attended by the Departamento de Pensiones (ticket prefix PWG). */
    public long newPensionesService(String label) {
        return newService(label, CATEGORY, PENSIONES_AREA);
    }

    private long newService(String label, long categoryId, long areaId) {
        long n = numbers(1);
        CatalogService service = new CatalogService("T" + n, "Servicio de prueba " + label + " " + n,
                em.find(ServiceCategory.class, categoryId), em.find(ManagementArea.class, areaId), 5,
                EnumSet.of(ApplicantKind.CONTRIBUTOR, ApplicantKind.PENSIONER, ApplicantKind.BENEFICIARY));
        service.setAllowsMultipleOpen(true);
        em.persist(service);
        em.flush();
        return service.getId();
    }

    /**
     * An agent type whose competence is exactly these services, of the first one's area (the CAU
     * without services), as the administrator's rule has it: agents take only their area's tickets.
     */
    public long newAgentType(long... serviceIds) {
        long n = numbers(1);
        ManagementArea area = serviceIds.length == 0 ? em.find(ManagementArea.class, CAU_AREA)
                : em.find(CatalogService.class, serviceIds[0]).getArea();
        AgentType type = new AgentType("AT" + n, "Tipo de prueba " + n, area);
        for (long id : serviceIds) {
            type.grant(em.find(CatalogService.class, id));
        }
        em.persist(type);
        em.flush();
        return type.getId();
    }

    /** Agents of a type, each with an AGENTE account whose password is the demo password. */
    public List<String> newAgents(String label, int count, long agentTypeId) {
        String hash = em.createNamedQuery("Agent.byUsername", Agent.class)
                .setParameter("username", DemoAccounts.AGENT).getSingleResult().getAccount().getPasswordHash();
        AgentType type = em.find(AgentType.class, agentTypeId);
        LocalDateTime now = LocalDateTime.now(clock);
        long first = numbers(count);
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = label + "-" + (first + i);
            UserAccount account = new UserAccount(username, hash, username + "@sesep.example",
                    "Agente de prueba " + username, Role.AGENTE, now);
            em.persist(account);
            em.persist(new Agent(account, "G" + (first + i), "Agente de prueba " + username, type.getArea(), type, now));
            usernames.add(username);
        }
        return usernames;
    }

    /**
     * Agents of a type with these user names and the demo password, made or moved to that type
     * (unavailable, as after signing out), for a test in the browser, which must know the names.
     */
    public void namedAgents(List<String> usernames, long agentTypeId) {
        String hash = em.createNamedQuery("Agent.byUsername", Agent.class)
                .setParameter("username", DemoAccounts.AGENT).getSingleResult().getAccount().getPasswordHash();
        AgentType type = em.find(AgentType.class, agentTypeId);
        LocalDateTime now = LocalDateTime.now(clock);
        long first = numbers(usernames.size());
        for (int i = 0; i < usernames.size(); i++) {
            String username = usernames.get(i);
            List<Agent> existing = em.createNamedQuery("Agent.byUsername", Agent.class)
                    .setParameter("username", username).getResultList();
            if (existing.isEmpty()) {
                UserAccount account = new UserAccount(username, hash, username + "@sesep.example",
                        "Agente de prueba " + username, Role.AGENTE, now);
                em.persist(account);
                em.persist(new Agent(account, "G" + (first + i), "Agente de prueba " + username, type.getArea(), type, now));
            } else {
                existing.get(0).setAgentType(type);
            }
        }
    }

    /**
     * Filed requests of the demo contributor, each with its QUEUED ticket, oldest first: the i-th
     * was queued {@code count - i} milliseconds before {@code newest}. Returns the ticket ids in
     * queue order (for equal priority).
     */
    public List<Long> queueTickets(long serviceId, int count, int priority, LocalDateTime newest) {
        return queueTickets(DemoAccounts.CONTRIBUTOR, serviceId, count, priority, newest);
    }

    public List<Long> queueTickets(String citizenUsername, long serviceId, int count, int priority, LocalDateTime newest) {
        Citizen citizen = em.createNamedQuery("Citizen.byUsername", Citizen.class)
                .setParameter("username", citizenUsername).getSingleResult();
        CatalogService service = em.find(CatalogService.class, serviceId);
        long first = numbers(count);
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long n = first + i;
            LocalDateTime queuedAt = newest.minusNanos((count - i) * 1_000_000L);
            ServiceRequest request = new ServiceRequest(ServiceRequest.seiNumberFor(8000 + (int) (n / 999_999), n % 999_999 + 1),
                    citizen, service, "{\"motivo\":\"Trámite de prueba\"}", UUID.randomUUID().toString(), queuedAt, queuedAt);
            em.persist(request);
            Ticket ticket = new Ticket(Ticket.numberFor("TQ", n), request, priority, queuedAt);
            em.persist(ticket);
            tickets.add(ticket);
        }
        em.flush();
        return tickets.stream().map(Ticket::getId).toList();
    }

    /**
     * A correction deadline for test worlds that do not look at it: a month after the observation,
     * so no sweep closes their requests meanwhile (CorrectionDeadlinesIT tests the real one).
     */
    static CorrectionDeadline deadlineFrom(LocalDateTime observedAt) {
        return new CorrectionDeadline(observedAt.toLocalDate().plusMonths(1), null);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public List<Long> queueTickets(long serviceId, int count) {
        return queueTickets(serviceId, count, 0, LocalDateTime.now(clock));
    }

    /**
     * What an agent does between two tickets in the race: answers and closes the ticket through
     * the entities (the workspace's job, kept out of the race so that only the queue is measured),
     * leaving the agent available again.
     */
    public void complete(long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        LocalDateTime now = LocalDateTime.now(clock);
        String actor = ticket.getAgent().getAccount().getUsername();
        ticket.recordOutcome(TicketOutcome.ANSWERED, now);
        ticket.getRequest().answer(now, actor);
        ticket.close(now);
        openAssignment(ticket).release(ReleaseReason.CLOSED, now);
        ticket.getAgent().endAttention(true, now);
    }

    /** The agent observed the request (activity 23–26), which forbids abandoning (34.2). */
    public void observe(long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        LocalDateTime now = LocalDateTime.now(clock);
        ticket.recordOutcome(TicketOutcome.OBSERVED, now);
        ticket.getRequest().observe("Falta el DUI legible.", deadlineFrom(now), now, ticket.getAgent().getAccount().getUsername());
    }

    /** A document the citizen attached to the ticket's request (answering no listed requirement). */
    public long attach(long ticketId, String fileName, String contentType, byte[] content) {
        return attach(ticketId, null, fileName, contentType, content);
    }

    /** A document the citizen attached to the ticket's request, answering the requirement (or none, when null). */
    public long attach(long ticketId, Long requirementId, String fileName, String contentType, byte[] content) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        DocumentRequirement requirement = requirementId == null ? null : em.find(DocumentRequirement.class, requirementId);
        RequestDocument document = new RequestDocument(ticket.getRequest(), requirement, fileName, contentType, content.length,
                HexFormat.of().formatHex(sha256(content)), content, now());
        em.persist(document);
        em.flush();
        return document.getId();
    }

    /** The citizen fixed the observed request ("subsanar"): it queues again with a new ticket. */
    public long resubmit(long requestId, String comment) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId);
        LocalDateTime now = now();
        request.resubmit(comment, now, request.getCitizen().getAccount().getUsername());
        Ticket ticket = new Ticket(Ticket.numberFor("TQ", numbers(1)), request, 0, now);
        em.persist(ticket);
        em.flush();
        return ticket.getId();
    }

    /**
     * A request of the demo contributor for the service, filed at {@code filedAt} and taken through
     * its states at the times given: observed at {@code observedAt} and fixed at once (if given),
     * then answered or denied at {@code attendedAt} (if given) and rated; its id.
     */
    public long pastRequest(long serviceId, LocalDateTime filedAt, LocalDateTime observedAt, LocalDateTime attendedAt,
                            Resolution resolution, Integer rating) {
        Citizen citizen = em.createNamedQuery("Citizen.byUsername", Citizen.class)
                .setParameter("username", DemoAccounts.CONTRIBUTOR).getSingleResult();
        long n = numbers(1);
        ServiceRequest request = new ServiceRequest(ServiceRequest.seiNumberFor(8000 + (int) (n / 999_999), n % 999_999 + 1),
                citizen, em.find(CatalogService.class, serviceId), "{}", UUID.randomUUID().toString(), filedAt, filedAt);
        em.persist(request);
        String agent = DemoAccounts.AGENT;
        if (observedAt != null) {
            request.startAttention(observedAt, agent);
            request.observe("Falta un documento.", deadlineFrom(observedAt), observedAt, agent);
            request.resubmit(null, observedAt, DemoAccounts.CONTRIBUTOR);
        }
        if (attendedAt != null) {
            request.startAttention(attendedAt, agent);
            if (resolution == Resolution.DENIED) {
                request.deny("No cumple los requisitos.", attendedAt, agent);
            } else {
                request.answer(attendedAt, agent);
            }
            if (rating != null) {
                SatisfactionSurvey survey = new SatisfactionSurvey(request, attendedAt);
                survey.answer(rating, null, attendedAt);
                em.persist(survey);
            }
        }
        em.flush();
        return request.getId();
    }

    /**
     * Moves the citizen's newest waiting ticket ahead of whatever earlier tests of the run left in
     * the queue, so that the demo agent is handed this one next; returns its request's id.
     */
    public long putFirst(String citizenUsername, int priority) {
        Ticket ticket = em.createQuery("SELECT t FROM Ticket t WHERE t.status = :queued"
                        + " AND t.request.citizen.account.username = :username ORDER BY t.queuedAt DESC, t.id DESC", Ticket.class)
                .setParameter("queued", TicketStatus.QUEUED).setParameter("username", citizenUsername)
                .setMaxResults(1).getSingleResult();
        em.createNativeQuery("UPDATE ticket SET priority = ?1 WHERE id = ?2")
                .setParameter(1, priority).setParameter(2, ticket.getId()).executeUpdate();
        return ticket.getRequest().getId();
    }

    /** The number a ticket shows on the agent's screen, e.g. "TQ-12". */
    public String ticketNumber(long ticketId) {
        return em.find(Ticket.class, ticketId).getNumber();
    }

    public void changeAgentType(String username, long agentTypeId) {
        em.createNamedQuery("Agent.byUsername", Agent.class).setParameter("username", username).getSingleResult()
                .setAgentType(em.find(AgentType.class, agentTypeId));
    }

    public RequestState request(long requestId) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId);
        em.refresh(request);
        List<RequestResponse> responses = em.createNamedQuery("RequestResponse.byRequest", RequestResponse.class)
                .setParameter("request", request).getResultList();
        return new RequestState(request.getStatus(), request.getResolution(), request.getObservations(),
                request.getDenialReasons(), responses.isEmpty() ? null : responses.get(0).getFileName(),
                responses.isEmpty() ? null : responses.get(0).getContent(), request.getCitizen().getAccount().getEmail());
    }

    /** Takes out of the catalogue the test services whose name starts with {@code prefix} (left by earlier runs). */
    public void deactivateServicesNamed(String prefix) {
        em.createQuery("SELECT s FROM CatalogService s WHERE s.name LIKE :prefix", CatalogService.class)
                .setParameter("prefix", prefix + "%").getResultStream().forEach(s -> s.setActive(false));
    }

    /** A catalogue service by its code (db/demo). */
    public long serviceId(String code) {
        return em.createQuery("SELECT s.id FROM CatalogService s WHERE s.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    public boolean inDigitalFile(long documentId) {
        return em.createNamedQuery("DigitalFileEntry.byDocument", DigitalFileEntry.class)
                .setParameter("document", em.find(RequestDocument.class, documentId))
                .getResultStream().findAny().isPresent();
    }

    public long requestOf(long ticketId) {
        return em.find(Ticket.class, ticketId).getRequest().getId();
    }

    public record RequestState(RequestStatus status, Resolution resolution, String observations, String denialReasons,
                               String responseFileName, byte[] response, String citizenEmail) {
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The agent's session went silent an hour ago. */
    public void silence(String username) {
        em.createNativeQuery("UPDATE agent SET last_seen_at = ?1 WHERE account_id = (SELECT id FROM user_account WHERE username = ?2)")
                .setParameter(1, LocalDateTime.now(clock).minusHours(1))
                .setParameter(2, username)
                .executeUpdate();
    }

    /** Nobody holds the sweep's lease, as after the holder's expiry. */
    public void freeLease(String name) {
        ClusterLease lease = em.find(ClusterLease.class, name, LockModeType.PESSIMISTIC_WRITE);
        lease.release(lease.getHolder() == null ? "-" : lease.getHolder(), LocalDateTime.now(clock).minusMinutes(1));
    }

    public TicketState ticket(long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        em.refresh(ticket);
        List<TicketAssignment> assignments = em.createQuery(
                        "SELECT a FROM TicketAssignment a WHERE a.ticket = :ticket ORDER BY a.assignedAt, a.id", TicketAssignment.class)
                .setParameter("ticket", ticket).getResultList();
        return new TicketState(ticket.getStatus(), ticket.getPriority(),
                ticket.getAgent() == null ? null : ticket.getAgent().getAccount().getUsername(),
                ticket.getRequest().getStatus(),
                assignments.stream().map(a -> a.getAgent().getAccount().getUsername() + ":" + a.getReleaseReason()
                        + ":" + a.getAgentType().getCode() + ":" + a.getPriority()).toList(),
                ticket.getNumber(), ticket.getService().getId(), ticket.getOutcome(), ticket.getQueuedAt(),
                ticket.getDueOn(), ticket.getUrgency(),
                assignments.stream().filter(a -> a.getReleasedAt() == null).count());
    }

    /**
     * A filed request of the demo contributor, filed at {@code filedAt}, whose ticket (without a
     * due date, as tickets queued before V19) was queued at {@code queuedAt}: the ticket's id.
     */
    public long queueTicketFiledAt(long serviceId, LocalDateTime filedAt, LocalDateTime queuedAt) {
        Citizen citizen = em.createNamedQuery("Citizen.byUsername", Citizen.class)
                .setParameter("username", DemoAccounts.CONTRIBUTOR).getSingleResult();
        long n = numbers(1);
        ServiceRequest request = new ServiceRequest(ServiceRequest.seiNumberFor(8000 + (int) (n / 999_999), n % 999_999 + 1),
                citizen, em.find(CatalogService.class, serviceId), "{\"motivo\":\"Trámite de prueba\"}",
                UUID.randomUUID().toString(), filedAt, filedAt);
        em.persist(request);
        Ticket ticket = new Ticket(Ticket.numberFor("TQ", n), request, 0, queuedAt);
        em.persist(ticket);
        em.flush();
        return ticket.getId();
    }

    /** What a transfer must keep of a request, and where it stands. */
    public RequestFacts facts(long requestId) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId);
        em.refresh(request);
        List<Long> tickets = em.createNamedQuery("Ticket.byRequest", Ticket.class).setParameter("request", request)
                .getResultStream().map(Ticket::getId).toList();
        long documents = em.createNamedQuery("RequestDocument.currentByRequest", RequestDocument.class)
                .setParameter("request", request).getResultList().size();
        List<String> notes = em.createNamedQuery("TicketNote.byRequest", TicketNote.class).setParameter("request", request)
                .getResultStream().map(TicketNote::getText).toList();
        List<String> history = request.getHistory().stream()
                .map(c -> c.getFromStatus() + ">" + c.getToStatus() + ":" + c.getNote()).toList();
        return new RequestFacts(request.getSeiNumber(), request.getFiledAt(), request.getService().getId(),
                request.getFormData(), request.getStatus(), documents, tickets, notes, history);
    }

    public record RequestFacts(String seiNumber, LocalDateTime filedAt, long serviceId, String formData,
                               RequestStatus status, long documents, List<Long> tickets, List<String> notes,
                               List<String> history) {

        public long latestTicket() {
            return tickets.get(tickets.size() - 1);
        }
    }

    /** Tickets of a service still waiting. */
    public long queued(long serviceId) {
        return em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.service.id = :service AND t.status = :status", Long.class)
                .setParameter("service", serviceId).setParameter("status", TicketStatus.QUEUED).getSingleResult();
    }

    /** How many assignments each ticket of a service had: ticket id, count. */
    public List<long[]> assignmentCounts(long serviceId) {
        return em.createQuery("SELECT t.id, COUNT(a) FROM Ticket t LEFT JOIN TicketAssignment a ON a.ticket = t"
                        + " WHERE t.service.id = :service GROUP BY t.id", Object[].class)
                .setParameter("service", serviceId).getResultStream()
                .map(row -> new long[]{((Number) row[0]).longValue(), ((Number) row[1]).longValue()})
                .toList();
    }

    /** Audit events of an action whose details mention {@code text}, as "actor: details", oldest first. */
    public List<String> audit(String action, String text) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.action = :action ORDER BY e.occurredAt, e.id", AuditEvent.class)
                .setParameter("action", action).getResultStream().filter(e -> e.getDetails().contains(text))
                .map(e -> e.getActor() + ": " + e.getDetails()).toList();
    }

    public long auditCount(String action, long ticketId) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.ticketId = :ticket", Long.class)
                .setParameter("action", action).setParameter("ticket", ticketId).getSingleResult();
    }

    public long auditCountOfRequest(String action, long requestId) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.requestId = :request", Long.class)
                .setParameter("action", action).setParameter("request", requestId).getSingleResult();
    }

    public String agentStatus(String username) {
        return em.createNamedQuery("Agent.byUsername", Agent.class).setParameter("username", username)
                .getSingleResult().getStatus().name();
    }

    private TicketAssignment openAssignment(Ticket ticket) {
        return em.createNamedQuery("TicketAssignment.openForTicket", TicketAssignment.class)
                .setParameter("ticket", ticket).getSingleResult();
    }

    /** Reserves {@code count} consecutive numbers, unique in this database across deployments. */
    private long numbers(int count) {
        return TestNumbers.take(em, "TEST-QUEUE", count);
    }

    /** A ticket as the tests look at it; assignments as "agent:release reason:agent type:priority". */
    public record TicketState(TicketStatus status, int priority, String agent, RequestStatus requestStatus,
                              List<String> assignments, String number, long serviceId, TicketOutcome outcome,
                              LocalDateTime queuedAt, java.time.LocalDate dueOn, int urgency, long openAssignments) {
    }
}
