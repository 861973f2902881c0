package sv.gob.inpep.sesep.documents.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.cluster.control.LeasedSweep;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * Deletes files attached to forms that were never submitted, a day after their upload. The timer
 * fires on every node of a cluster each hour; the node that takes the cluster lease does the
 * delete and the others skip that hour, so one node does it and, if that node is gone, any other
 * does it the next hour.
 */
@Stateless
@PermitAll
public class StagedUploadPurge {

    public static final String LEASE = "staged-upload-purge";

    /** Most of the hour between two runs, so the lease is free again for the next one. */
    static final Duration LEASE_TTL = Duration.ofMinutes(50);

    static final int KEEP_HOURS = 24;
    private static final Logger LOG = Logger.getLogger(StagedUploadPurge.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    LeasedSweep sweep;

    @Inject
    Clock clock;

    /**
     * In the timer's own transaction, which the delete needs: a call to {@link #purge} from here
     * does not pass the container, so purge's attribute does not apply (it was NOT_SUPPORTED here
     * once, and every hourly delete failed with TransactionRequiredException).
     */
    @Schedule(hour = "*", minute = "23", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void onTimer() {
        purge(LeasedSweep.thisNode());
    }

    /**
     * One run as {@code node}.
     *
     * @return how many staged uploads it deleted, or -1 when another node holds the lease
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int purge(String node) {
        int deleted = sweep.run(LEASE, LEASE_TTL, node, () -> em.createNamedQuery("StagedUpload.deleteOlderThan")
                .setParameter("before", LocalDateTime.now(clock).minusHours(KEEP_HOURS))
                .executeUpdate());
        if (deleted > 0) {
            LOG.info(() -> deleted + " abandoned uploads deleted");
        }
        return deleted;
    }
}
