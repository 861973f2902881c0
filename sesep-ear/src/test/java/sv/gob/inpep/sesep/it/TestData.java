package sv.gob.inpep.sesep.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.notifications.entity.Notification;
import sv.gob.inpep.sesep.notifications.entity.NotificationStatus;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;

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

    /** A request of the demo contributor that an agent answered, waiting for its SEI to close. */
    public long attendedRequest() {
        Citizen citizen = em.createNamedQuery("Citizen.byUsername", Citizen.class)
                .setParameter("username", DemoAccounts.CONTRIBUTOR).getSingleResult();
        CatalogService service = em.createNamedQuery("CatalogService.active", CatalogService.class)
                .getResultStream()
                .filter(s -> s.isOfferedTo(citizen.getApplicantKind()))
                .findFirst().orElseThrow();
        LocalDateTime now = LocalDateTime.now();
        // Year 9999 keeps test SEIs apart from the real yearly sequence.
        String sei = String.format("SEI-9999%06d", (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 1_000_000);
        ServiceRequest request = new ServiceRequest(sei, citizen, service, "{}", UUID.randomUUID().toString(), now, now);
        em.persist(request);
        request.startAttention(now, DemoAccounts.AGENT);
        request.answer(now, DemoAccounts.AGENT);
        em.flush();
        return request.getId();
    }

    public RequestStatus status(long requestId) {
        return em.find(ServiceRequest.class, requestId).getStatus();
    }

    public boolean notificationExists(long id) {
        return em.find(Notification.class, id) != null;
    }

    public NotificationStatus notificationStatus(long id) {
        return em.find(Notification.class, id).getStatus();
    }

    public int notificationAttempts(long id) {
        return em.find(Notification.class, id).getAttempts();
    }

    public String messageId(long id) {
        return em.find(Notification.class, id).getMessageId();
    }
}
