package sv.gob.inpep.sesep.accounts.entity;

import java.time.Duration;
import java.util.Objects;

/**
 * How many wrong passwords in how long lock a user name, and for how long (OWASP ASVS 2.2.1: a
 * soft lockout against guessing, short enough that a locked-out citizen is not kept out for long).
 */
public record LoginThrottling(int maxFailures, Duration window, Duration lock) {

    /** Five wrong passwords within 15 minutes lock the name for 15 minutes. */
    public static final LoginThrottling STANDARD = new LoginThrottling(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public LoginThrottling {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lock, "lock");
    }
}
