package sv.gob.inpep.sesep;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a value the database refused as a duplicate of a unique one (a code, a name, a
 * number): another user saved the same a moment earlier, between a boundary's own check and its
 * write. The web layer turns it into a message; the tests that stage such a race look for it.
 */
public final class UniqueViolation {

    /** SQLSTATE of a unique-constraint violation, on PostgreSQL and H2 alike. */
    public static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    /**
     * Whether an SQLException with SQLSTATE {@value #SQL_STATE} is in the cause chain, or among the
     * exceptions a batch of writes chained to one ({@link SQLException#getNextException()}).
     */
    public static boolean in(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null && (e == sql || seen.add(e)); e = e.getNextException()) {
                    if (SQL_STATE.equals(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
