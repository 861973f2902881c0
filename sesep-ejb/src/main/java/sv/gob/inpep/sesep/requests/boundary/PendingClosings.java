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
import sv.gob.inpep.sesep.cluster.control.LeasedSweep;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
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
 * The timer fires on every node; only the node holding the cluster lease works ({@link LeasedSweep}),
 * so any live node can and one does.
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
    LeasedSweep sweep;

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
        sweep(LeasedSweep.thisNode());
    }

    /**
     * One run as {@code node}.
     *
     * @return how many overdue SEIs it found and closed, or -1 when another node holds the lease
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep(String node) {
        int closed = sweep.each(LEASE, LEASE_TTL, node,
                () -> em.createNamedQuery("ServiceRequest.closingOverdue", Long.class)
                        .setParameter("cutoff", LocalDateTime.now(clock).minus(reconcileAfter))
                        .setMaxResults(BATCH)
                        .getResultList(),
                // A transaction of its own each (RequestClosing's REQUIRED, called without one).
                requestId -> {
                    requestClosing.close(requestId);
                    return true;
                });
        if (closed > 0) {
            LOG.info(() -> closed + " SEI closed by reconciliation (their closing message was lost)");
        }
        return closed;
    }
}
