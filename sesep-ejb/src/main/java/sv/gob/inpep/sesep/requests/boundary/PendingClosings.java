package sv.gob.inpep.sesep.requests.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sv.gob.inpep.sesep.cluster.boundary.ClusterLeases;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * The reconciliation of activity 33: closes SEIs that were answered or denied and whose tickets
 * are all closed, the last one more than {@code sesep.closing.reconcile-after} ago, but that are
 * still open. Their closing message ({@link RequestClosing#closeWhenTicketCloses}) was lost: it
 * sat in the journal of a node that died (each node has its own broker), or its JMS branch was
 * rolled back after the database committed (the datasource is not XA). The database is the truth,
 * so the SEI is closed from it, the same way the listener would; a stale message that arrives
 * later (the dead node restarted) finds the SEI closed and changes nothing.
 * <p>
 * The timer fires on every node; only the node holding the cluster lease works, so any live node
 * can and one does.
 */
@Stateless
// The server's own timer work; it closes only what the database says should be closed.
@PermitAll
public class PendingClosings {

    public static final String LEASE = "pending-closings";

    /** The timer's period below; the lease lasts a little less, so the holder renews it every run. */
    static final Duration LEASE_TTL = Duration.ofSeconds(9);

    /** SEIs closed per run at most. */
    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(PendingClosings.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ClusterLeases leases;

    @Inject
    RequestClosing requestClosing;

    @Inject
    Clock clock;

    /** How long the normal path (a message, milliseconds) is trusted before this timer steps in. */
    @Inject
    @ConfigProperty(name = "sesep.closing.reconcile-after", defaultValue = "PT2M")
    Duration reconcileAfter;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "pending-closings sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        sweep(System.getProperty("jboss.node.name", "sesep"));
    }

    /**
     * One run as {@code node}.
     *
     * @return how many overdue SEIs it found and closed, or -1 when another node holds the lease
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep(String node) {
        if (!leases.tryAcquire(LEASE, node, LEASE_TTL)) {
            return -1;
        }
        List<Long> overdue = em.createNamedQuery("ServiceRequest.closingOverdue", Long.class)
                .setParameter("cutoff", LocalDateTime.now(clock).minus(reconcileAfter))
                .setMaxResults(BATCH)
                .getResultList();
        int closed = 0;
        for (Long requestId : overdue) {
            try {
                // A transaction of its own each (RequestClosing's REQUIRED, called without one).
                requestClosing.close(requestId);
                closed++;
            } catch (RuntimeException e) {
                // One request's failure must not keep the others open; the next run retries it.
                LOG.warning(() -> "Could not close request " + requestId + ": " + e);
            }
        }
        if (closed > 0) {
            int count = closed;
            LOG.info(() -> count + " SEI closed by reconciliation (their closing message was lost)");
        }
        return closed;
    }
}
