package sv.gob.inpep.sesep.notifications.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import sv.gob.inpep.sesep.cluster.boundary.ClusterLeases;

import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * The reconciliation of the outbox: delivers the rows that are due for a retry, and the QUEUED rows
 * whose JMS message is lost. The second happens because the datasource is not XA while the JMS send
 * is: the transaction manager commits the database last (last-resource commit), so a crash just
 * after that commit leaves the JMS branch in doubt and, when it is rolled back, a row QUEUED with
 * no message, forever. The outbox rows are the truth, so they are read again instead of trusting
 * the broker.
 * <p>
 * Why not an XA datasource instead: it needs {@code max_prepared_transactions} on PostgreSQL, a
 * recovery setup for two resources, and it would still not cover an SMTP failure, which needs this
 * timer anyway (the row schedules its retries). A QUEUED row is left alone for
 * {@code sesep.mail.reconcile-after} (two minutes) so that the timer does not race the listener on
 * the normal path, which takes milliseconds; if they do meet (a long backlog), the row lock in
 * {@link Notifications#deliver} and its check for SENT keep the mail single.
 * <p>
 * The timer fires on every node; only the node holding the cluster lease works, and it stops when
 * its lease would run out (a hanging mail server makes each attempt slow), leaving the rest to the
 * next run.
 */
@Stateless
// The server's own timer work; it delivers only what the outbox says is pending.
@PermitAll
public class PendingNotifications {

    public static final String LEASE = "pending-notifications";

    /** The timer's period below; the lease lasts a little less, so the holder renews it every run. */
    static final Duration LEASE_TTL = Duration.ofSeconds(4);

    /** Rows read per run; a run also ends when its lease would expire. */
    static final int BATCH = 100;

    private static final Logger LOG = Logger.getLogger(PendingNotifications.class.getName());

    @Inject
    ClusterLeases leases;

    @Inject
    Notifications notifications;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "pending-notifications sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        sweep(System.getProperty("jboss.node.name", "sesep"));
    }

    /**
     * One run as {@code node}.
     *
     * @return how many notifications it tried to deliver, or -1 when another node holds the lease
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep(String node) {
        if (!leases.tryAcquire(LEASE, node, LEASE_TTL)) {
            return -1;
        }
        long deadline = System.nanoTime() + LEASE_TTL.toNanos();
        List<Long> due = notifications.due(BATCH);
        int tried = 0;
        for (Long id : due) {
            if (System.nanoTime() > deadline) {
                break;
            }
            try {
                notifications.deliver(id);
            } catch (RuntimeException e) {
                // One row's failure (its template gone, the database) must not hold up the others.
                LOG.warning(() -> "Could not deliver notification " + id + ": " + e);
            }
            tried++;
        }
        return tried;
    }
}
