package sv.gob.inpep.sesep;

import jakarta.resource.ResourceException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a failure because the database could not be reached (stopped, restarting, the pool
 * could not get a connection in time): nothing of the action was saved, and the same action will
 * work once the database is back. The web layer tells the user so instead of showing an incident.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /**
     * Whether the cause chain holds a connection error: SQLSTATE class 08 (connection exception,
     * on every database), PostgreSQL's 57P01–57P03 (shut down, crashed, not accepting connections
     * yet), the JDBC connection exceptions, or the connector's refusal to hand out a connection.
     */
    public static boolean in(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ResourceException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }
}
