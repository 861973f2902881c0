package sv.gob.inpep.sesep.notifications.entity;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * When a mail that failed for a temporary reason is tried again: the delay doubles from
 * {@code firstDelay} up to {@code maxDelay}, for {@code window} after it was queued (or re-sent);
 * after that it is given up.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, Duration window) {

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(window, "window");
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || window.isNegative()) {
            throw new IllegalArgumentException("retry policy out of range: " + this);
        }
    }

    /**
     * The next attempt after {@code attempts} failed ones, or null when it would fall outside the
     * window that started at {@code since}.
     */
    public LocalDateTime nextAttempt(int attempts, LocalDateTime since, LocalDateTime now) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        LocalDateTime next = now.plus(delay.compareTo(maxDelay) < 0 ? delay : maxDelay);
        return next.isAfter(since.plus(window)) ? null : next;
    }
}
