package sv.gob.inpep.sesep.assignment.control;

import jakarta.persistence.EntityManager;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.agents.entity.Agent;

import java.util.List;

/**
 * The signed-in agent's row, read in one statement and, for a change, locked for the caller's
 * transaction. The queue, the workspace and the sweep all lock the agent's row before anything
 * else, so none of them can interleave with another on the same agent.
 */
public final class CallerAgent {

    static final String CALLER_SQL = "SELECT a.* FROM agent a"
            + " WHERE a.account_id = (SELECT u.id FROM user_account u WHERE u.username = ?1)";
    static final String LOCK_CALLER_SQL = CALLER_SQL + " FOR UPDATE";

    private CallerAgent() {
    }

    /** The agent of this user name, re-read from the database; locked when {@code lock}. */
    public static Agent of(EntityManager em, String username, boolean lock) {
        List<?> agents = em.createNativeQuery(lock ? LOCK_CALLER_SQL : CALLER_SQL, Agent.class)
                .setParameter(1, username)
                .setHint("eclipselink.refresh", "true")
                .getResultList();
        if (agents.isEmpty()) {
            throw new NotFound("error.agent.notFound");
        }
        return (Agent) agents.get(0);
    }
}
