package sv.gob.inpep.sesep.accounts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.accounts.control.PasswordHasher;
import sv.gob.inpep.sesep.accounts.control.Tokens;
import sv.gob.inpep.sesep.accounts.entity.LoginThrottle;
import sv.gob.inpep.sesep.accounts.entity.LoginThrottling;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.audit.boundary.ClientAddress;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Throttles password guessing and audits every login. The container's FORM login checks the
 * password; the web layer reports each outcome here and refuses a locked caller even when the
 * password was right. Three counters, all in the database so that every node of the cluster sees
 * them ({@link LoginThrottle}, keyed by a hash):
 * <ul>
 * <li>one name from one client address ({@link #NAME_FROM_ADDRESS}): whoever types five wrong
 * passwords for a name is locked out of that name for 15 minutes, but only from their address, so
 * a stranger cannot lock the owner out;</li>
 * <li>one client address over all names ({@link #ADDRESS}): spraying one password over many DUIs
 * stops after a few dozen tries;</li>
 * <li>one name from everywhere ({@link #NAME}): guessing from many addresses at once locks the name
 * for a few minutes only, and only failures that no other lock stopped count towards it, so one
 * address can add at most five.</li>
 * </ul>
 * Refused registrations are counted the same way, per DUI ({@link #REGISTRATION_DUI}) and per
 * client address ({@link #REGISTRATION_ADDRESS}): whoever knows a DUI and a NUP must not be able
 * to try year after year and employer after employer. Public account pages that a stranger could
 * hammer have a budget per address ({@link #PAGE}).
 * <p>
 * Names without an account are counted and locked the same way, and cost the same bcrypt work as a
 * wrong password for a real account, so that neither the answer nor its time reveals who has an
 * account. Time is the application clock, so a lock is the same on every node.
 */
@Stateless
public class LoginAttempts {

    static final LoginThrottling NAME_FROM_ADDRESS = LoginThrottling.STANDARD;
    static final LoginThrottling ADDRESS = new LoginThrottling(30, Duration.ofMinutes(15), Duration.ofMinutes(15));
    static final LoginThrottling NAME = new LoginThrottling(20, Duration.ofMinutes(15), Duration.ofMinutes(5));
    /** Public account pages (password reset, e-mail verification) per client address. */
    static final LoginThrottling PAGE = new LoginThrottling(10, Duration.ofMinutes(15), Duration.ofMinutes(15));
    /** Five refused registrations for one DUI within 15 minutes lock it for 15 minutes (the login's rule). */
    static final LoginThrottling REGISTRATION_DUI = LoginThrottling.STANDARD;
    /** One address may register several people (a family, an office), but not try a list of them. */
    static final LoginThrottling REGISTRATION_ADDRESS = new LoginThrottling(20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClientAddress clientAddress;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Whether logins with this user name are refused for now for the calling client address. */
    @PermitAll
    public boolean isLocked(String username) {
        String name = trimmed(username);
        if (name == null) {
            return false;
        }
        LocalDateTime now = now();
        return locked(throttle(addressKey(), LockModeType.NONE), now)
                || locked(throttle(pairKey(name), LockModeType.NONE), now)
                || nameLocked(name, now);
    }

    /**
     * A login was refused: a wrong password, an unknown name or a disabled account.
     *
     * @param password what was typed, only to spend on an unknown name the time a real check takes
     * @return whether the name is locked now for this address, so that the login page can say so
     */
    @PermitAll
    public boolean recordFailure(String username, String password) {
        String name = trimmed(username);
        if (name == null) {
            return false;
        }
        UserAccount known = account(name, LockModeType.NONE);
        if (known == null || !known.isEnabled()) {
            // The realm reads only enabled accounts and returned at once: do the bcrypt work here,
            // before any row lock, so that the refusal takes as long as for a wrong password.
            hasher.verifyNothing(password == null ? "" : password);
        }
        LocalDateTime now = now();
        em.createNamedQuery("LoginThrottle.purge")
                .setParameter("before", now.minus(ADDRESS.window()))
                .setParameter("now", now)
                .executeUpdate();
        LoginThrottle address = throttle(addressKey(), LockModeType.PESSIMISTIC_WRITE);
        LoginThrottle pair = throttle(pairKey(name), LockModeType.PESSIMISTIC_WRITE);
        String who = known == null ? "usuario sin cuenta" : "usuario " + known.getUsername();
        if (address.isLocked(now) || pair.isLocked(now)) {
            audit.record("LOGIN_FAILED", null, null, null, who + " (bloqueado desde " + address() + ")");
            return true; // the caller is already stopped: nothing more counts against the name
        }
        boolean addressLocked = address.recordFailedLogin(now, ADDRESS);
        boolean pairLocked = pair.recordFailedLogin(now, NAME_FROM_ADDRESS);
        boolean nameLocked;
        if (known != null) {
            UserAccount account = account(name, LockModeType.PESSIMISTIC_WRITE);
            nameLocked = account.recordFailedLogin(now, NAME);
        } else {
            nameLocked = throttle(nameHash(name), LockModeType.PESSIMISTIC_WRITE).recordFailedLogin(now, NAME);
        }
        // A name without an account is not recorded: it may well be a password typed in the wrong field.
        audit.record("LOGIN_FAILED", null, null, null, who);
        if (addressLocked) {
            audit.record("ADDRESS_LOCKED", null, null, null, "dirección " + address() + " tras " + ADDRESS.maxFailures()
                    + " contraseñas incorrectas");
        }
        if (pairLocked || nameLocked) {
            audit.record(known == null ? "UNKNOWN_NAME_LOCKED" : "ACCOUNT_LOCKED", null, null, null,
                    who + (nameLocked ? " desde cualquier dirección" : " desde " + address()));
        }
        return addressLocked || pairLocked || nameLocked(name, now);
    }

    /**
     * The caller has just been authenticated by the container. Refused when the name or the
     * address is locked, or the account disabled: the web layer then logs the caller out again.
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
        if (isLocked(name) || !account.isEnabled()) {
            audit.recordRefusal("LOGIN_REFUSED", null, null, null, "usuario " + name
                    + (account.isEnabled() ? " bloqueado desde " + address() : " deshabilitado"));
            return false;
        }
        account.recordSuccessfulLogin(now);
        em.createNamedQuery("LoginThrottle.forget")
                .setParameter("nameHash", pairKey(name))
                .executeUpdate();
        audit.record("LOGIN", null, null, null, "usuario " + name);
        return true;
    }

    /**
     * One use of a public account page that a stranger could hammer (a reset mail, an e-mailed
     * link that matches nothing), counted per client address in a transaction of its own so that the count stays when
     * the page's own work is refused and rolled back.
     *
     * @throws RuleViolation {@code error.throttled} when this address used up its budget
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void spend(String page) {
        LocalDateTime now = now();
        LoginThrottle budget = throttle(pageKey(page), LockModeType.PESSIMISTIC_WRITE);
        if (budget.isLocked(now)) {
            throw new RuleViolation("error.throttled");
        }
        if (budget.recordFailedLogin(now, PAGE)) {
            audit.record("ADDRESS_LOCKED", null, null, null, "dirección " + address() + " en " + page);
        }
    }

    /**
     * Refuses the page when this client address has used up its budget for it ({@link #spend}),
     * without counting this use.
     */
    @PermitAll
    public void checkBudget(String page) {
        if (locked(em.find(LoginThrottle.class, pageKey(page)), now())) {
            throw new RuleViolation("error.throttled");
        }
    }

    /** Whether registrations of this DUI, or from the caller's address, are refused for now. */
    @PermitAll
    public boolean isRegistrationLocked(String dui) {
        LocalDateTime now = now();
        return locked(em.find(LoginThrottle.class, registrationDuiKey(dui)), now)
                || locked(em.find(LoginThrottle.class, registrationAddressKey()), now);
    }

    /**
     * Counts a refused registration against the DUI and the caller's address, in a transaction of
     * its own: the registration's own rolls back, and its count must stay.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusedRegistration(String dui) {
        LocalDateTime now = now();
        throttle(registrationDuiKey(dui), LockModeType.PESSIMISTIC_WRITE).recordFailedLogin(now, REGISTRATION_DUI);
        throttle(registrationAddressKey(), LockModeType.PESSIMISTIC_WRITE).recordFailedLogin(now, REGISTRATION_ADDRESS);
    }

    private boolean nameLocked(String name, LocalDateTime now) {
        UserAccount account = account(name, LockModeType.NONE);
        return account != null ? account.isLocked(now) : locked(em.find(LoginThrottle.class, nameHash(name)), now);
    }

    private static boolean locked(LoginThrottle throttle, LocalDateTime now) {
        return throttle != null && throttle.isLocked(now);
    }

    /** The counter under this key, created when missing (locked when asked to). */
    private LoginThrottle throttle(String key, LockModeType lock) {
        LoginThrottle throttle = em.find(LoginThrottle.class, key, lock);
        if (throttle == null && lock != LockModeType.NONE) {
            throttle = new LoginThrottle(key);
            em.persist(throttle);
        }
        return throttle;
    }

    private UserAccount account(String username, LockModeType lock) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .setLockMode(lock)
                .getResultStream().findFirst().orElse(null);
    }

    private String address() {
        String address = clientAddress.get();
        return address == null ? "desconocida" : address;
    }

    private String addressKey() {
        return Tokens.hash("address " + address());
    }

    private String pageKey(String page) {
        return Tokens.hash("page " + page + " address " + address());
    }

    /** Prefixed so that no key of a registration can be a user name typed at the login. */
    private static String registrationDuiKey(String dui) {
        return Tokens.hash("registro:dui:" + dui);
    }

    private String registrationAddressKey() {
        return Tokens.hash("registro:ip:" + address());
    }

    private String pairKey(String name) {
        return Tokens.hash("name " + name.toLowerCase(Locale.ROOT) + " address " + address());
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
