package sv.gob.inpep.sesep.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.notifications.entity.Notification;
import sv.gob.inpep.sesep.notifications.entity.NotificationStatus;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts requests into the states a test starts from, through the entities' own state methods, and
 * reads back what the system did. Runs inside the server (a CDI bean of the test library).
 */
@ApplicationScoped
@Transactional
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @PersistenceContext
    EntityManager em;

    /** The application's clock (El Salvador time), so test rows sort with the ones SESEP writes. */
    @Inject
    Clock clock;

    /** A request of the demo contributor that an agent answered, waiting for its SEI to close. */
    public long attendedRequest() {
        return attendedRequest(LocalDateTime.now(clock));
    }

    /** The same, filed and answered at {@code filedAt}. */
    public long attendedRequest(LocalDateTime filedAt) {
        Citizen citizen = em.createNamedQuery("Citizen.byUsername", Citizen.class)
                .setParameter("username", DemoAccounts.CONTRIBUTOR).getSingleResult();
        CatalogService service = em.createNamedQuery("CatalogService.active", CatalogService.class)
                .getResultStream()
                .filter(s -> s.isOfferedTo(citizen.getApplicantKind()))
                .findFirst().orElseThrow();
        LocalDateTime now = filedAt;
        // Year 9999 keeps test SEIs apart from the real yearly sequence.
        String sei = String.format("SEI-9999%06d", (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 1_000_000);
        ServiceRequest request = new ServiceRequest(sei, citizen, service, "{}", UUID.randomUUID().toString(), now, now);
        em.persist(request);
        request.startAttention(now, DemoAccounts.AGENT);
        request.answer(now, DemoAccounts.AGENT);
        em.flush();
        return request.getId();
    }

    public String seiNumber(long requestId) {
        return em.find(ServiceRequest.class, requestId).getSeiNumber();
    }

    public RequestStatus status(long requestId) {
        return em.find(ServiceRequest.class, requestId).getStatus();
    }

    /** Survey invitations, SEI_CLOSED audit events and CLOSED timeline entries of a request. */
    public long[] closingTraces(long requestId) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId);
        long surveys = em.createQuery("SELECT COUNT(s) FROM SatisfactionSurvey s WHERE s.request = :r", Long.class)
                .setParameter("r", request).getSingleResult();
        long audits = em.createQuery("SELECT COUNT(a) FROM AuditEvent a WHERE a.requestId = :id AND a.action = 'SEI_CLOSED'",
                Long.class).setParameter("id", requestId).getSingleResult();
        long closedChanges = request.getHistory().stream().filter(c -> c.getToStatus() == RequestStatus.CLOSED).count();
        return new long[] {surveys, audits, closedChanges};
    }

    public boolean notificationExists(long id) {
        return em.find(Notification.class, id) != null;
    }

    public NotificationStatus notificationStatus(long id) {
        return em.find(Notification.class, id).getStatus();
    }

    /** Whether the audit trail holds an event of this action. */
    public boolean audited(String action) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEvent a WHERE a.action = :action", Long.class)
                .setParameter("action", action).getSingleResult() > 0;
    }

    public int notificationAttempts(long id) {
        return em.find(Notification.class, id).getAttempts();
    }

    public String messageId(long id) {
        return em.find(Notification.class, id).getMessageId();
    }

    public String notificationError(long id) {
        return em.find(Notification.class, id).getLastError();
    }

    public LocalDateTime closedAt(long requestId) {
        return em.find(ServiceRequest.class, requestId).getClosedAt();
    }

    /**
     * An outbox row committed without its JMS message, as a crash between the database commit and
     * the broker's leaves it; {@code sent} for one that was delivered before.
     */
    public long notificationWithoutMessage(String recipient, boolean sent) {
        LocalDateTime now = LocalDateTime.now(clock);
        Notification notification = new Notification("ACCOUNT_VERIFY_EMAIL", recipient, null, null,
                "{\"citizenName\":\"Íñigo Núñez\",\"link\":\"https://sesep.example/v?t=1\"}",
                "<" + UUID.randomUUID() + "@sesep.inpep.gob.sv>", now);
        if (sent) {
            notification.markSent(now);
        }
        em.persist(notification);
        em.flush();
        return notification.getId();
    }
}
