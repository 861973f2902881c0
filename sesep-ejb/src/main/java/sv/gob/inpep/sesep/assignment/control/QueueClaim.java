package sv.gob.inpep.sesep.assignment.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import sv.gob.inpep.sesep.agents.entity.AgentType;
import sv.gob.inpep.sesep.tickets.entity.Ticket;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Takes the next waiting ticket of an agent type's competence and area (highest priority, then
 * most urgent as its due date nears ({@link QueueAging}), then oldest) and locks its row for the
 * caller's transaction, passing over rows other transactions are claiming. The area is the one of
 * {@code Ticket.isWithinCompetenceOf}: a complaint waits for the area answerable for it.
 * The database decides, so "exactly once" holds across every node of the cluster.
 * <p>
 * Two ways, because the two databases lock differently:
 * <ul>
 * <li>PostgreSQL: one statement, {@code Ticket.claimNextForAgentType}
 * ({@code … ORDER BY … FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED}); PostgreSQL applies the
 * limit after skipping locked rows, so each concurrent claimer gets the next free ticket. (Never
 * {@code UPDATE … WHERE id IN (SELECT … LIMIT 1 FOR UPDATE SKIP LOCKED)}, which can claim several
 * rows, PostgreSQL bug #15715.)</li>
 * <li>H2 2.2: {@code FOR UPDATE} locks <em>every</em> row matching the WHERE clause, before the
 * limit (seen in a test: after {@code FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED} another
 * transaction could not update any other waiting ticket), so the one-statement claim would make
 * concurrent claimers find nothing while tickets wait. So: read the first candidates in queue
 * order without locking, then lock them one at a time by primary key,
 * {@code WHERE id = ? AND status = 'QUEUED' FOR UPDATE SKIP LOCKED}, which locks that row alone
 * and re-checks the status under the lock.</li>
 * </ul>
 * Both return a ticket that is QUEUED and locked by the caller, or null when none is free.
 * <p>
 * The claim does not flush the caller's pending changes first ({@link FlushModeType#COMMIT}): it
 * reads only tickets, and a flush would write the agent's row twice per assignment (the new status
 * before the claim, the attention at commit). So a caller that assigns several tickets in one
 * transaction must flush between claims ({@code AssignmentQueue}'s hand-over does): SKIP LOCKED
 * passes over the locks of other transactions, not its own, and an unflushed ticket still reads
 * QUEUED.
 */
public class QueueClaim {

    /** H2: how many candidates one attempt looks at; more than the claimers that can hold one at once. */
    static final int CANDIDATES = 128;
    /** H2: attempts when every candidate was taken under our feet (rare: needs CANDIDATES claimers). */
    static final int ATTEMPTS = 5;

    static final String CANDIDATES_SQL = "SELECT t.id FROM ticket t WHERE t.status = 'QUEUED'"
            + " AND t.service_id IN (SELECT s.service_id FROM agent_type_service s WHERE s.agent_type_id = ?1)"
            + " AND t.area_id = ?2"
            + " ORDER BY t.priority DESC, t.urgency DESC, t.queued_at, t.id FETCH FIRST " + CANDIDATES + " ROWS ONLY";

    static final String LOCK_IF_QUEUED_SQL = "SELECT t.* FROM ticket t WHERE t.id = ?1 AND t.status = 'QUEUED'"
            + " FOR UPDATE SKIP LOCKED";

    static final String ANY_WAITING_SQL = "SELECT t.id FROM ticket t WHERE t.status = 'QUEUED' FETCH FIRST 1 ROWS ONLY";

    /**
     * For the benchmark only (AssignmentBench): the same claim waiting for locked rows instead of
     * skipping them, to measure what SKIP LOCKED is worth inside SESEP's own transaction. Read from
     * the system property {@value #NAIVE_PROPERTY} on each claim; never set it on a real server.
     */
    static final String NAIVE_PROPERTY = "sesep.bench.naive-claim";

    static final String NAIVE_SQL = "SELECT t.* FROM ticket t WHERE t.status = 'QUEUED'"
            + " AND t.service_id IN (SELECT s.service_id FROM agent_type_service s WHERE s.agent_type_id = ?1)"
            + " AND t.area_id = ?2"
            + " ORDER BY t.priority DESC, t.urgency DESC, t.queued_at, t.id FETCH FIRST 1 ROWS ONLY FOR UPDATE";

    /** EclipseLink: re-read the row even if the ticket is already managed in this transaction. */
    private static final String REFRESH = "eclipselink.refresh";

    private static volatile Boolean postgresql;

    /** The next free ticket for agents of this type, locked until the caller's transaction ends; null if none. */
    public Ticket next(EntityManager em, AgentType type) {
        if (isPostgresql(em)) {
            List<?> rows = (Boolean.getBoolean(NAIVE_PROPERTY)
                    ? em.createNativeQuery(NAIVE_SQL, Ticket.class)
                    : em.createNamedQuery("Ticket.claimNextForAgentType"))
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter(1, type.getId())
                    .setParameter(2, type.getArea().getId())
                    .setHint(REFRESH, "true")
                    .getResultList();
            return rows.isEmpty() ? null : (Ticket) rows.get(0);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<?> candidates = em.createNativeQuery(CANDIDATES_SQL)
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter(1, type.getId())
                    .setParameter(2, type.getArea().getId())
                    .getResultList();
            if (candidates.isEmpty()) {
                return null;
            }
            for (Object candidate : candidates) {
                List<?> locked = em.createNativeQuery(LOCK_IF_QUEUED_SQL, Ticket.class)
                        .setFlushMode(FlushModeType.COMMIT)
                        .setParameter(1, ((Number) candidate).longValue())
                        .setHint(REFRESH, "true")
                        .getResultList();
                if (!locked.isEmpty()) {
                    return (Ticket) locked.get(0);
                }
            }
            pause(attempt);
        }
        return null;
    }

    /** Cheap test before a hand-over round: is any ticket waiting at all? */
    public boolean anyWaiting(EntityManager em) {
        return !em.createNativeQuery(ANY_WAITING_SQL).getResultList().isEmpty();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(1L + attempt * 2L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isPostgresql(EntityManager em) {
        Boolean known = postgresql;
        if (known == null) {
            try {
                Connection connection = em.unwrap(Connection.class);
                known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new PersistenceException("Cannot tell which database the queue runs on", e);
            }
            postgresql = known;
        }
        return known;
    }
}
