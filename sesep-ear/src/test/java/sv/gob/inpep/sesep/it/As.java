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
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
        return identity.runAs(work);
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
