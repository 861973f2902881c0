package sv.gob.inpep.sesep.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDateTime;

/**
 * The series of wrong passwords typed for one user name and the lock it led to. Shared by
 * {@link UserAccount} and {@link LoginThrottle} so that a name with an account and a name without
 * one are counted and locked by the very same rule: a lockout must not tell whether an account
 * exists.
 */
@Embeddable
public class FailedLogins {

    @Column(name = "failed_logins", nullable = false)
    private int count;

    @Column(name = "first_failed_login_at")
    private LocalDateTime firstFailedAt;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong password. Failures older than the window start a new series; at the maximum
     * the name locks and the count starts again, so after the lock the user gets the same number
     * of tries. Failures while locked are not counted (they cannot extend the lock).
     *
     * @return whether this failure locked the name
     */
    boolean record(LocalDateTime now, LoginThrottling rule) {
        if (isLocked(now)) {
            return false;
        }
        if (firstFailedAt == null || !now.isBefore(firstFailedAt.plus(rule.window()))) {
            count = 0;
            firstFailedAt = now;
        }
        count++;
        if (count >= rule.maxFailures()) {
            lockedUntil = now.plus(rule.lock());
            count = 0;
            firstFailedAt = null;
            return true;
        }
        return false;
    }

    void clear() {
        count = 0;
        firstFailedAt = null;
        lockedUntil = null;
    }

    public int getCount() {
        return count;
    }

    public LocalDateTime getFirstFailedAt() {
        return firstFailedAt;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }
}
