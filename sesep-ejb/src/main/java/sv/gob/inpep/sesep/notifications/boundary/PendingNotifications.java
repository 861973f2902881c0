package sv.gob.inpep.sesep.notifications.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import sv.gob.inpep.sesep.cluster.control.LeasedSweep;

import java.time.Duration;

/**
 * The reconciliation of the outbox: puts due retries, and QUEUED rows whose JMS message is lost,
 * on the notifications queue again ({@link Notifications#redispatchDue}); the listener delivers
 * them as any other, eight at a time. A message can be lost because the datasource is not XA while
 * the JMS send is: the transaction manager commits the database last (last-resource commit), so a
 * crash just after that commit leaves the JMS branch in doubt and, once it is rolled back, a row
 * QUEUED with no message, forever. The outbox rows are the truth, so they are read again instead
 * of trusting the broker.
 * <p>
 * Why not an XA datasource instead: it needs {@code max_prepared_transactions} on PostgreSQL and a
 * recovery setup for two resources, and it would still not cover an SMTP failure, which needs this
 * timer anyway (the row schedules its retries). A QUEUED row is left alone for
 * {@code sesep.mail.reconcile-after} (two minutes) so that the timer does not race the listener on
 * the normal path, which takes milliseconds; if they do meet (a long backlog), the row lock in
 * {@link Notifications#deliver} and its check of the state keep the mail single. The same margin
 * keeps a re-queued row from being re-queued again while its message waits.
 * <p>
 * The timer fires on every node; only the node holding the cluster lease works. Its run is short
 * (a query, row locks and JMS sends, no SMTP), well inside the lease.
 */
@Stateless
// The server's own timer work; it re-queues only what the outbox says is pending.
@PermitAll
public class PendingNotifications {

    public static final String LEASE = "pending-notifications";

    /** The timer's period below; the lease lasts a little less, so the holder renews it every run. */
    static final Duration LEASE_TTL = Duration.ofSeconds(4);

    /** Rows re-queued per run at most: 6,000 a minute, far more than the listener delivers. */
    static final int BATCH = 500;

    @Inject
    LeasedSweep sweep;

    @Inject
    Notifications notifications;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "pending-notifications sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        sweep(LeasedSweep.thisNode());
    }

    /**
     * One run as {@code node}.
     *
     * @return how many notifications it put on the queue again, or -1 when another node holds the lease
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep(String node) {
        return sweep.run(LEASE, LEASE_TTL, node, () -> notifications.redispatchDue(BATCH));
    }
}
