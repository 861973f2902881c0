package sv.gob.inpep.sesep.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import sv.gob.inpep.sesep.requests.entity.Counter;

/**
 * Unique numbers for test rows (codes, ticket numbers), from a counter row of the test's own
 * series, locked in the caller's transaction so that tests running at once never share one. Each
 * test-data class has its series and its own ticket prefix (TQ, TS, TK), so their rows stay apart.
 */
final class TestNumbers {

    private TestNumbers() {
    }

    /** The first of {@code count} consecutive numbers of {@code series}. */
    static long take(EntityManager em, String series, int count) {
        Counter counter = em.find(Counter.class, series, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new Counter(series);
            em.persist(counter);
        }
        long first = counter.next();
        for (int i = 1; i < count; i++) {
            counter.next();
        }
        return first;
    }
}
