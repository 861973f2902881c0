package sv.gob.inpep.sesep.assignment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.assignment.control.QueueAging;
import sv.gob.inpep.sesep.catalog.control.BusinessCalendar;
import sv.gob.inpep.sesep.cluster.control.LeasedSweep;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Aging ({@link QueueAging}): raises the urgency of waiting tickets as their due date nears, so
 * the claim, which orders by priority, then urgency, then age, hands a near-due request out before
 * newer ones of the same priority. A ticket gets its urgency when it is queued; days passing are
 * this job's work. It also gives a due date to tickets queued before due dates were kept.
 * <p>
 * The timer fires on every node; only the node holding the cluster lease works ({@link LeasedSweep}). Its updates are
 * native and leave the tickets' version alone, and each one re-checks {@code status = 'QUEUED'}
 * under the row's lock, so a claim running at the same moment neither fails nor is undone: the
 * claimed ticket is simply not raised.
 */
@Stateless
// The server's own timer work; it changes only the order of waiting tickets.
@PermitAll
public class AgingTickets {

    public static final String LEASE = "queue-aging";

    /** Urgency changes with the date; every 15 minutes is soon enough after midnight or a restart. */
    static final Duration LEASE_TTL = Duration.ofMinutes(14);

    /** Tickets given a due date per run (only tickets queued before V19 lack one). */
    static final int DUE_BATCH = 5_000;

    static final String WITHOUT_DUE_SQL = "SELECT t.id, r.filed_at, s.sla_business_days FROM ticket t"
            + " JOIN service_request r ON r.id = t.request_id JOIN catalog_service s ON s.id = t.service_id"
            + " WHERE t.status = 'QUEUED' AND t.due_on IS NULL FETCH FIRST " + DUE_BATCH + " ROWS ONLY";

    static final String SET_DUE_SQL = "UPDATE ticket SET due_on = ?1 WHERE id = ?2 AND due_on IS NULL";

    static final String RAISE_SQL = "UPDATE ticket SET urgency = ?1 WHERE status = 'QUEUED' AND urgency < ?2"
            + " AND due_on <= ?3";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    LeasedSweep sweep;

    @Inject
    QueueAging aging;

    @Inject
    Clock clock;

    @Schedule(minute = "*/15", hour = "*", persistent = false, info = "queue aging")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        run(LeasedSweep.thisNode());
    }

    /**
     * One run as {@code node}.
     *
     * @return how many tickets it changed, or -1 when another node holds the lease
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run(String node) {
        return sweep.run(LEASE, LEASE_TTL, node,
                () -> session.getBusinessObject(AgingTickets.class).age(LocalDate.now(clock)));
    }

    /** Due dates for tickets without one, then each urgency level reached by {@code today}; how many rows changed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int age(LocalDate today) {
        int changed = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> undated = em.createNativeQuery(WITHOUT_DUE_SQL).getResultList();
        if (!undated.isEmpty()) {
            LocalDate earliest = undated.stream().map(row -> time(row[1]).toLocalDate()).min(LocalDate::compareTo)
                    .orElse(today);
            BusinessCalendar calendar = aging.calendar(earliest, today.plusYears(1));
            for (Object[] row : undated) {
                LocalDate due = calendar.plusBusinessDays(time(row[1]).toLocalDate(), ((Number) row[2]).intValue());
                changed += em.createNativeQuery(SET_DUE_SQL).setParameter(1, Date.valueOf(due))
                        .setParameter(2, ((Number) row[0]).longValue()).executeUpdate();
            }
        }
        for (int level = aging.levels(); level >= 1; level--) {
            changed += em.createNativeQuery(RAISE_SQL).setParameter(1, level).setParameter(2, level)
                    .setParameter(3, Date.valueOf(aging.dueBy(level, today))).executeUpdate();
        }
        return changed;
    }

    private static LocalDateTime time(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
