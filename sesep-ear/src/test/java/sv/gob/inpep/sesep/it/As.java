package sv.gob.inpep.sesep.it;

import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.concurrent.Callable;

/**
 * Runs code inside the server as a demo user, authenticated by the real "sesep" security domain
 * (JDBC realm, bcrypt hashes), so boundaries see that user's roles exactly as after a login.
 */
final class As {

    private As() {
    }

    static <T> T user(String username, Callable<T> work) throws Exception {
        return user(username, DemoAccounts.PASSWORD, work);
    }

    /** The same for an account with a password of its own. */
    static <T> T user(String username, String password, Callable<T> work) throws Exception {
        return identity(username, password).runAs(work);
    }

    /**
     * A demo user's identity, as a login gives it once per session: for benchmarks, which must not
     * time a password check (bcrypt, about 0.1 s of CPU) inside every call they measure.
     */
    static SecurityIdentity identity(String username) throws Exception {
        return identity(username, DemoAccounts.PASSWORD);
    }

    /** Runs {@code work} as an identity from {@link #identity}. */
    static <T> T as(SecurityIdentity identity, Callable<T> work) throws Exception {
        return identity.runAs(work);
    }

    private static SecurityIdentity identity(String username, String password) throws Exception {
        return SecurityDomain.getCurrent().authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
    }

    /** Whether the security domain lets this user in with this password (as the login form would). */
    static boolean canLogIn(String username, String password) throws RealmUnavailableException {
        try {
            SecurityDomain.getCurrent().authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
            return true;
        } catch (SecurityException refused) {
            return false;
        }
    }
}
