package sv.gob.inpep.sesep.cluster.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import sv.gob.inpep.sesep.cluster.boundary.ClusterLeases;

import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A timer's work done by one node of the cluster at a time: every node's timer fires, the one that
 * takes the {@link ClusterLeases lease} works, the others return at once. The shape every sweep
 * shares, so that each timer says only what it does.
 * <p>
 * {@link #each} handles the items one by one, each through a call the caller makes transactional
 * (a business method of its own EJB, REQUIRES_NEW): one item's failure is logged and the others go
 * on; the next sweep tries it again. An item handled twice (a sweep that outlived its lease and
 * met the next) must find nothing left to do, which each item's row lock and state check ensure.
 */
@Dependent
public class LeasedSweep {

    private static final Logger LOG = Logger.getLogger(LeasedSweep.class.getName());

    @Inject
    ClusterLeases leases;

    /** This node's name in the cluster, the lease's holder. */
    public static String thisNode() {
        return System.getProperty("jboss.node.name", "sesep");
    }

    /**
     * Runs {@code work} if {@code node} takes the lease.
     *
     * @return what the work returns (how many things it did), or -1 when another node holds the lease
     */
    public int run(String lease, Duration ttl, String node, IntSupplier work) {
        if (!leases.tryAcquire(lease, node, ttl)) {
            return -1;
        }
        return work.getAsInt();
    }

    /**
     * Under the lease, {@code handle}s each id {@code due} lists.
     *
     * @return how many ids were handled (the handler returned true), or -1 when another node holds the lease
     */
    public int each(String lease, Duration ttl, String node, Supplier<List<Long>> due, LongPredicate handle) {
        return run(lease, ttl, node, () -> handleEach(lease, due.get(), handle));
    }

    /**
     * Within work already under the lease: {@code handle}s each id, logging a failure and going on.
     *
     * @return how many ids were handled (the handler returned true)
     */
    public int handleEach(String what, List<Long> ids, LongPredicate handle) {
        int handled = 0;
        for (long id : ids) {
            try {
                if (handle.test(id)) {
                    handled++;
                }
            } catch (RuntimeException e) {
                // One item's failure must not hold up the others; the next sweep tries it again.
                LOG.warning(() -> what + ": could not handle " + id + ": " + e);
            }
        }
        return handled;
    }
}
