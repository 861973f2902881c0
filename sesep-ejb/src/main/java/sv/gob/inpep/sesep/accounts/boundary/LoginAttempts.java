package sv.gob.inpep.sesep.accounts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.accounts.control.Tokens;
import sv.gob.inpep.sesep.accounts.entity.LoginThrottle;
import sv.gob.inpep.sesep.accounts.entity.LoginThrottling;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Throttles password guessing ({@link LoginThrottling#STANDARD}: five wrong passwords within 15
 * minutes lock the name for 15 minutes) and audits every login. The container's FORM login checks
 * the password; the web layer reports each outcome here and refuses a locked name even when its
 * password was right. Names without an account are counted and locked the same way (in
 * {@link LoginThrottle}), so "too many attempts" reveals nothing about who has an account.
 * Time is the application clock, so the lock is the same on every node.
 */
@Stateless
public class LoginAttempts {

    static final LoginThrottling RULE = LoginThrottling.STANDARD;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Whether logins with this user name are refused for now (too many wrong passwords). */
    @PermitAll
    public boolean isLocked(String username) {
        String name = trimmed(username);
        if (name == null) {
            return false;
        }
        LocalDateTime now = now();
        UserAccount account = account(name, LockModeType.NONE);
        if (account != null) {
            return account.isLocked(now);
        }
        LoginThrottle throttle = em.find(LoginThrottle.class, nameHash(name));
        return throttle != null && throttle.isLocked(now);
    }

    /**
     * A wrong password (or an unknown name) was typed.
     *
     * @return whether the name is locked now, so that the login page can say so
     */
    @PermitAll
    public boolean recordFailure(String username) {
        String name = trimmed(username);
        if (name == null) {
            return false;
        }
        LocalDateTime now = now();
        UserAccount account = account(name, LockModeType.PESSIMISTIC_WRITE);
        if (account != null) {
            boolean lockedNow = account.recordFailedLogin(now, RULE);
            audit.record("LOGIN_FAILED", null, null, null, "usuario " + account.getUsername());
            if (lockedNow) {
                audit.record("ACCOUNT_LOCKED", null, null, null, "usuario " + account.getUsername()
                        + " bloqueado hasta " + account.getLockedUntil());
            }
            return account.isLocked(now);
        }
        em.createNamedQuery("LoginThrottle.purge")
                .setParameter("before", now.minus(RULE.window()))
                .setParameter("now", now)
                .executeUpdate();
        String hash = nameHash(name);
        LoginThrottle throttle = em.find(LoginThrottle.class, hash, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(hash);
            em.persist(throttle);
        }
        boolean lockedNow = throttle.recordFailedLogin(now, RULE);
        // The name itself is not recorded: it may well be a password typed in the wrong field.
        audit.record(lockedNow ? "UNKNOWN_NAME_LOCKED" : "LOGIN_FAILED", null, null, null, "usuario sin cuenta");
        return throttle.isLocked(now);
    }

    /**
     * The caller has just been authenticated by the container. Refused when the account is locked
     * or disabled: the web layer then logs the caller out again.
     *
     * @return whether the caller may go on
     */
    @PermitAll
    public boolean admit() {
        Principal caller = session.getCallerPrincipal();
        String name = caller == null ? null : trimmed(caller.getName());
        if (name == null || "anonymous".equals(name)) {
            return false;
        }
        LocalDateTime now = now();
        UserAccount account = account(name, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            return false;
        }
        if (account.isLocked(now) || !account.isEnabled()) {
            audit.recordRefusal("LOGIN_REFUSED", null, null, null, "usuario " + name
                    + (account.isEnabled() ? " bloqueado hasta " + account.getLockedUntil() : " deshabilitado"));
            return false;
        }
        account.recordSuccessfulLogin(now);
        audit.record("LOGIN", null, null, null, "usuario " + name);
        return true;
    }

    private UserAccount account(String username, LockModeType lock) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .setLockMode(lock)
                .getResultStream().findFirst().orElse(null);
    }

    private static String trimmed(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return username.strip();
    }

    private static String nameHash(String name) {
        return Tokens.hash(name.toLowerCase(Locale.ROOT));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
