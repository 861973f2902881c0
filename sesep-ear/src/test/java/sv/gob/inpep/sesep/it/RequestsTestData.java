package sv.gob.inpep.sesep.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.accounts.entity.Role;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.audit.entity.AuditEvent;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.documents.control.DocumentInspector;
import sv.gob.inpep.sesep.documents.entity.RequestDocument;
import sv.gob.inpep.sesep.documents.entity.WithheldFile;
import sv.gob.inpep.sesep.notifications.entity.Notification;
import sv.gob.inpep.sesep.notifications.entity.NotificationStatus;
import sv.gob.inpep.sesep.registry.entity.Affiliate;
import sv.gob.inpep.sesep.registry.entity.AffiliateQuality;
import sv.gob.inpep.sesep.requests.entity.Counter;
import sv.gob.inpep.sesep.requests.entity.FilingReceipt;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.satisfaction.entity.SatisfactionSurvey;
import sv.gob.inpep.sesep.tickets.entity.Ticket;
import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * In-container setup and inspection for the request tests: citizens of their own (so tests do not
 * trip over each other's open requests), the agent's side of a request (observe, answer) done
 * through the entities' own state methods, and read-backs of what the system stored.
 */
@ApplicationScoped
@Transactional
public class RequestsTestData {

    /** Usernames of test citizens start with this; passwords are the demo password. */
    static final String CITIZEN_PREFIX = "prueba.ciudadano.";

    @PersistenceContext
    EntityManager em;

    /** SESEP's clock (the institute's zone), so test steps line up with the application's. */
    @Inject
    Clock clock;

    /**
     * {@code count} contributor citizens named {@code prueba.ciudadano.<tag>.<n>}, each tied to a
     * registry affiliate that has no account yet; created on first use.
     */
    public List<String> contributors(String tag, int count) {
        String hash = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", DemoAccounts.CONTRIBUTOR).getSingleResult().getPasswordHash();
        List<Affiliate> free = new ArrayList<>(em.createQuery("SELECT a FROM Affiliate a WHERE a.quality = :quality"
                        + " AND NOT EXISTS (SELECT c FROM Citizen c WHERE c.affiliate = a) ORDER BY a.id DESC", Affiliate.class)
                .setParameter("quality", AffiliateQuality.CONTRIBUTOR).setMaxResults(count).getResultList());
        List<String> usernames = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 0; i < count; i++) {
            String username = CITIZEN_PREFIX + tag + "." + i;
            boolean exists = !em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                    .setParameter("username", username).getResultList().isEmpty();
            if (!exists) {
                Affiliate affiliate = free.remove(0);
                UserAccount account = new UserAccount(username, hash,
                        username + "." + UUID.randomUUID().toString().substring(0, 8) + "@prueba.sesep.example",
                        affiliate.getFullName(), Role.CIUDADANO, now);
                account.verifyEmail();
                em.persist(account);
                em.persist(Citizen.holder(account, affiliate, "2222-0000", now));
            }
            usernames.add(username);
        }
        return usernames;
    }

    public long serviceId(String code) {
        return em.createQuery("SELECT s FROM CatalogService s WHERE s.code = :code", CatalogService.class)
                .setParameter("code", code).getSingleResult().getId();
    }

    /** Gives a service a downloadable form. */
    public void attachForm(String serviceCode, String fileName, byte[] content) {
        em.find(CatalogService.class, serviceId(serviceCode)).attachForm(fileName, "application/pdf", content);
    }

    /** An agent takes the request's queued ticket and returns it observed ("Devolver observado"), then closes the ticket. */
    public void observe(long requestId, String observations) {
        attend(requestId, TicketOutcome.OBSERVED, observations);
    }

    /** An agent takes the request's queued ticket, answers it and closes the ticket. */
    public void answer(long requestId) {
        attend(requestId, TicketOutcome.ANSWERED, null);
    }

    /**
     * Takes every queued ticket of these requests out of the queue by answering them, so the
     * tickets a test filed are not left for other tests' agents to receive.
     */
    public void answerQueued(List<Long> requestIds) {
        for (Long id : requestIds) {
            ServiceRequest request = em.find(ServiceRequest.class, id);
            if (request != null && request.getStatus() == RequestStatus.FILED) {
                attend(id, TicketOutcome.ANSWERED, null);
            }
        }
    }

    private void attend(long requestId, TicketOutcome outcome, String text) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId);
        Ticket ticket = tickets(request).stream().filter(t -> t.getStatus() == TicketStatus.QUEUED)
                .findFirst().orElseThrow(() -> new IllegalStateException("no queued ticket for " + request.getSeiNumber()));
        Agent agent = em.createQuery("SELECT a FROM Agent a", Agent.class).getResultStream()
                .filter(a -> a.getAgentType().covers(request.getService())).findFirst().orElseThrow();
        String actor = agent.getAccount().getUsername();
        LocalDateTime now = LocalDateTime.now(clock);
        ticket.assignTo(agent, now);
        request.startAttention(now, actor);
        LocalDateTime later = now.plusNanos(1_000_000);
        switch (outcome) {
            case OBSERVED -> request.observe(text, QueueData.deadlineFrom(later), later, actor);
            case ANSWERED -> request.answer(later, actor);
            case DENIED -> request.deny(text, later, actor);
        }
        ticket.recordOutcome(outcome, later);
        ticket.close(later);
    }

    public RequestStatus status(long requestId) {
        return em.find(ServiceRequest.class, requestId).getStatus();
    }

    public List<String> ticketNumbers(long requestId) {
        return tickets(em.find(ServiceRequest.class, requestId)).stream().map(Ticket::getNumber).toList();
    }

    public List<TicketStatus> ticketStatuses(long requestId) {
        return tickets(em.find(ServiceRequest.class, requestId)).stream().map(Ticket::getStatus).toList();
    }

    public List<RequestStatus> history(long requestId) {
        return em.find(ServiceRequest.class, requestId).getHistory().stream().map(h -> h.getToStatus()).toList();
    }

    /** "file name|replaced" for every document of the request, oldest first. */
    public List<String> documents(long requestId) {
        return em.createNamedQuery("RequestDocument.byRequest", RequestDocument.class)
                .setParameter("request", em.find(ServiceRequest.class, requestId)).getResultStream()
                .map(d -> d.getFileName() + "|" + d.isReplaced()).toList();
    }

    public long documentId(long requestId) {
        return em.createNamedQuery("RequestDocument.byRequest", RequestDocument.class)
                .setParameter("request", em.find(ServiceRequest.class, requestId)).getResultList().get(0).getId();
    }

    public List<Long> receiptIds(long requestId) {
        return em.createNamedQuery("FilingReceipt.byRequest", FilingReceipt.class)
                .setParameter("request", em.find(ServiceRequest.class, requestId)).getResultStream()
                .map(FilingReceipt::getId).toList();
    }

    public String verificationCode(long receiptId) {
        return em.find(FilingReceipt.class, receiptId).getVerificationCode();
    }

    /** Overwrites a stored receipt's bytes behind SESEP's back, as an attacker with database access might. */
    public void tamper(long receiptId) {
        em.createNativeQuery("UPDATE filing_receipt SET content = ?1 WHERE id = ?2")
                .setParameter(1, "%PDF-1.7 altered".getBytes()).setParameter(2, receiptId).executeUpdate();
    }

    public long requestsWithToken(String token) {
        return em.createQuery("SELECT COUNT(r) FROM ServiceRequest r WHERE r.submissionToken = :token", Long.class)
                .setParameter("token", token).getSingleResult();
    }

    public List<String> seiNumbersOfYear(int year) {
        return em.createQuery("SELECT r.seiNumber FROM ServiceRequest r WHERE r.seiNumber LIKE :prefix ORDER BY r.seiNumber",
                String.class).setParameter("prefix", "SEI-" + year + "%").getResultList();
    }

    public long counter(String key) {
        Counter counter = em.find(Counter.class, key);
        return counter == null ? 0 : counter.getLastValue();
    }

    public Integer rating(long requestId) {
        return em.createNamedQuery("SatisfactionSurvey.byRequest", SatisfactionSurvey.class)
                .setParameter("request", em.find(ServiceRequest.class, requestId)).getResultStream()
                .map(SatisfactionSurvey::getRating).findFirst().orElse(null);
    }

    public long surveys(long requestId) {
        return em.createQuery("SELECT COUNT(s) FROM SatisfactionSurvey s WHERE s.request.id = :id", Long.class)
                .setParameter("id", requestId).getSingleResult();
    }

    /** Template codes of the mails queued about the request, in order. */
    public List<String> notifications(long requestId) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.request.id = :id ORDER BY n.queuedAt, n.id",
                Notification.class).setParameter("id", requestId).getResultStream()
                .map(Notification::getTemplateCode).toList();
    }

    /** How many of these requests' mails are not sent yet. */
    public long unsentNotifications(List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.request.id IN :ids AND n.status <> :sent",
                Long.class).setParameter("ids", requestIds).setParameter("sent", NotificationStatus.SENT).getSingleResult();
    }

    /** Audit actions recorded with no request (uploads, refusals), newest first, as "ACTION|details". */
    public List<String> recentAudit(String action, int max) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.action = :action ORDER BY e.occurredAt DESC, e.id DESC",
                AuditEvent.class).setParameter("action", action).setMaxResults(max).getResultStream()
                .map(e -> e.getActor() + "|" + e.getDetails()).toList();
    }

    public List<String> auditActions(long requestId) {
        return em.createNamedQuery("AuditEvent.byRequest", AuditEvent.class).setParameter("requestId", requestId)
                .getResultStream().map(AuditEvent::getAction).toList();
    }

    /**
     * Puts {@code content} into a stored file's row as it would have been before SESEP rewrote
     * every file: unmarked (migration V23), its fingerprint that of the bytes.
     */
    public void storeAsBeforeTheRewrite(String table, long id, String fileName, byte[] content) {
        em.createNativeQuery("UPDATE " + table + " SET file_name = ?1, content = ?2, size_bytes = ?3, sha256 = ?4,"
                        + " rewritten_at = NULL WHERE id = ?5")
                .setParameter(1, fileName).setParameter(2, content).setParameter(3, (long) content.length)
                .setParameter(4, DocumentInspector.sha256(content)).setParameter(5, id).executeUpdate();
    }

    /** "file name|size|sha256|rewritten" of a stored file's row, and whether its fingerprint is its bytes'. */
    public String storedFile(String table, long id) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT file_name, size_bytes, sha256, content, rewritten_at FROM " + table
                + " WHERE id = ?1").setParameter(1, id).getSingleResult();
        byte[] content = (byte[]) row[3];
        boolean intact = DocumentInspector.sha256(content).equals(row[2]) && ((Number) row[1]).longValue() == content.length;
        return row[0] + "|" + (intact ? "intact" : "fingerprint differs") + "|" + (row[4] == null ? "unmarked" : "rewritten");
    }

    /** The originals withheld from a request's stored rows: "file name|reason" and their bytes. */
    public Map<String, byte[]> withheld(long requestId) {
        return em.createQuery("SELECT w FROM WithheldFile w WHERE w.requestId = :request", WithheldFile.class)
                .setParameter("request", requestId).getResultStream()
                .collect(java.util.stream.Collectors.toMap(w -> w.getFileName() + "|" + w.getReason(), WithheldFile::getContent));
    }

    private List<Ticket> tickets(ServiceRequest request) {
        return em.createNamedQuery("Ticket.byRequest", Ticket.class).setParameter("request", request).getResultList();
    }
}
