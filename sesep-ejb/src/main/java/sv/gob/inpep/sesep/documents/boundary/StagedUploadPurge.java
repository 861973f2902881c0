package sv.gob.inpep.sesep.documents.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.cluster.boundary.ClusterLeases;

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
    ClusterLeases leases;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "23", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        purge(System.getProperty("jboss.node.name", "sesep"));
    }

    /**
     * One run as {@code node}.
     *
     * @return how many staged uploads it deleted, or -1 when another node holds the lease
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int purge(String node) {
        if (!leases.tryAcquire(LEASE, node, LEASE_TTL)) {
            return -1;
        }
        int deleted = em.createNamedQuery("StagedUpload.deleteOlderThan")
                .setParameter("before", LocalDateTime.now(clock).minusHours(KEEP_HOURS))
                .executeUpdate();
        if (deleted > 0) {
            LOG.info(() -> deleted + " abandoned uploads deleted");
        }
        return deleted;
    }
}
