package sv.gob.inpep.sesep.requests.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import sv.gob.inpep.sesep.requests.entity.Counter;

import java.util.logging.Logger;

/**
 * Hands out official numbers without gaps: SEI numbers per year and ticket numbers per area.
 * <p>
 * {@link #next} locks the counter row ({@code SELECT … FOR UPDATE}) in the caller's transaction
 * and keeps the lock until that transaction ends, so concurrent filings on any node queue up
 * behind it and a rolled-back filing gives its number back. Callers take the lock as late as they
 * can, because it serialises every filing of the year. A counter that does not exist yet (a new
 * year, a new area) is inserted in a transaction of its own: when two nodes race to insert it, the
 * loser's insert fails on the primary key, and it simply locks the row the winner made.
 */
@Stateless
@PermitAll
public class Numbering {

    private static final Logger LOG = Logger.getLogger(Numbering.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** The next value of the counter, under a row lock held until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long next(String key) {
        Counter counter = em.find(Counter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            if (!context.getBusinessObject(Numbering.class).create(key)) {
                LOG.fine(() -> "Counter " + key + " was created concurrently");
            }
            counter = em.find(Counter.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (counter == null) {
                throw new IllegalStateException("Counter " + key + " could not be created");
            }
        }
        return counter.next();
    }

    /**
     * Inserts a counter at zero and commits it at once, so every transaction can lock it; false,
     * rolled back, when another transaction inserted it first. That race is expected (the first
     * filings of a year), so it is answered here rather than thrown, which the container would log
     * as a failed invocation with its stack trace.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean create(String key) {
        try {
            em.persist(new Counter(key));
            em.flush();
            return true;
        } catch (PersistenceException alreadyThere) {
            context.setRollbackOnly();
            return false;
        }
    }
}
