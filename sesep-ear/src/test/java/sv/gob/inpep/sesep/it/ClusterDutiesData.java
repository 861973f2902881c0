package sv.gob.inpep.sesep.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

/** Rows for ClusterDutiesIT that the entities' own methods would need a whole attention to reach. Inside the server. */
@ApplicationScoped
@Transactional
public class ClusterDutiesData {

    private static final AtomicLong IDS = new AtomicLong(900_000_000L + (System.nanoTime() / 1000) % 1_000_000 * 100);

    @PersistenceContext
    EntityManager em;

    /** A ticket of the request, answered and closed at {@code closedAt}, as "Cerrar Ticket" leaves it. */
    public long closedTicket(long requestId, LocalDateTime closedAt) {
        long id = IDS.incrementAndGet();
        Timestamp at = Timestamp.valueOf(closedAt);
        em.createNativeQuery("INSERT INTO ticket (id, ticket_number, request_id, service_id, area_id, status, priority,"
                        + " queued_at, assigned_at, finished_at, closed_at, outcome, outcome_at, version)"
                        + " SELECT ?, ?, r.id, r.service_id, s.area_id, 'CLOSED', 0, ?, ?, ?, ?, 'ANSWERED', ?, 0"
                        + " FROM service_request r JOIN catalog_service s ON s.id = r.service_id WHERE r.id = ?")
                .setParameter(1, id).setParameter(2, "ITC-" + id % 100_000_000)
                .setParameter(3, at).setParameter(4, at).setParameter(5, at).setParameter(6, at).setParameter(7, at)
                .setParameter(8, requestId)
                .executeUpdate();
        return id;
    }

    /** A file staged on a form that was never submitted, uploaded at {@code uploadedAt}. */
    public long stagedUpload(LocalDateTime uploadedAt) {
        long id = IDS.incrementAndGet();
        em.createNativeQuery("INSERT INTO staged_upload (id, owner, form_token, service_id, requirement_id, file_name,"
                        + " content_type, size_bytes, sha256, content, uploaded_at) VALUES (?, 'prueba', 'cluster-it', 11, NULL,"
                        + " 'acta-año.pdf', 'application/pdf', 4, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, "0".repeat(64)).setParameter(3, new byte[] {'%', 'P', 'D', 'F'})
                .setParameter(4, Timestamp.valueOf(uploadedAt))
                .executeUpdate();
        return id;
    }

    public boolean stagedUploadExists(long id) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM staged_upload WHERE id = ?")
                .setParameter(1, id).getSingleResult()).longValue() == 1;
    }
}
