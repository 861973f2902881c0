package sv.gob.inpep.sesep.documents.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * Deletes files attached to forms that were never submitted, a day after their upload. Runs on
 * every node of a cluster without a lease: the delete is idempotent, so two nodes doing it at
 * once only repeat each other.
 */
@Stateless
@PermitAll
public class StagedUploadPurge {

    static final int KEEP_HOURS = 24;
    private static final Logger LOG = Logger.getLogger(StagedUploadPurge.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "23", persistent = false)
    public void purge() {
        int deleted = em.createNamedQuery("StagedUpload.deleteOlderThan")
                .setParameter("before", LocalDateTime.now(clock).minusHours(KEEP_HOURS))
                .executeUpdate();
        if (deleted > 0) {
            LOG.info(() -> deleted + " abandoned uploads deleted");
        }
    }
}
