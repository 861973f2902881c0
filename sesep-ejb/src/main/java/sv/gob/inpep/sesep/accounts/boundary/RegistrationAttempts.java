package sv.gob.inpep.sesep.accounts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.accounts.control.Tokens;
import sv.gob.inpep.sesep.accounts.entity.LoginThrottle;
import sv.gob.inpep.sesep.accounts.entity.LoginThrottling;
import sv.gob.inpep.sesep.audit.boundary.ClientAddress;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Throttles guessing at registration: whoever knows a DUI and a NUP must not be able to try year
 * after year and employer after employer. Refused registrations are counted per DUI and per client
 * address in the database (the cluster shares it), in the rows and with the lock rule that
 * {@link LoginAttempts} keeps for names without an account: {@link LoginThrottle} keyed by the
 * SHA-256 of a prefixed key, so a DUI or an address is not kept in clear and no key can collide
 * with a user name somebody types at the login.
 * <p>
 * Only {@link Accounts} calls this; it is a bean of its own for the transaction: a refused
 * registration rolls back, and its count must stay.
 */
@Stateless
@PermitAll
public class RegistrationAttempts {

    /** Five refusals for one DUI within 15 minutes lock it for 15 minutes (the login's rule). */
    static final LoginThrottling PER_DUI = LoginThrottling.STANDARD;
    /** One address may try several people (a family, an office), but not a list of them. */
    static final LoginThrottling PER_ADDRESS = new LoginThrottling(20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    /** Whether registrations of this DUI, or from the caller's address, are refused for now. */
    public boolean isLocked(String dui) {
        LocalDateTime now = LocalDateTime.now(clock);
        return keys(dui).stream()
                .map(key -> em.find(LoginThrottle.class, key.hash()))
                .anyMatch(throttle -> throttle != null && throttle.isLocked(now));
    }

    /**
     * Counts a refused registration against the DUI and the caller's address. In a transaction of
     * its own: the registration's own rolls back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String dui) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (Key key : keys(dui)) {
            LoginThrottle throttle = em.find(LoginThrottle.class, key.hash(), LockModeType.PESSIMISTIC_WRITE);
            if (throttle == null) {
                throttle = new LoginThrottle(key.hash());
                em.persist(throttle);
            }
            throttle.recordFailedLogin(now, key.rule());
        }
    }

    private List<Key> keys(String dui) {
        List<Key> keys = new ArrayList<>(2);
        keys.add(new Key(Tokens.hash("registro:dui:" + dui), PER_DUI));
        String address = clientAddress.get();
        if (address != null) {
            keys.add(new Key(Tokens.hash("registro:ip:" + address), PER_ADDRESS));
        }
        return keys;
    }

    private record Key(String hash, LoginThrottling rule) {
    }
}
