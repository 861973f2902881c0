package sv.gob.inpep.sesep.accounts.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import sv.gob.inpep.sesep.Texts;

import java.time.LocalDateTime;

/**
 * A counter of refused attempts and the lock it led to ({@link FailedLogins}), under the SHA-256 of
 * what it counts: a user name that has no account (locked like an account's would be, so that "too
 * many attempts" reveals nothing), a client address, a name from one address, or a public page
 * from one address. Only hashes are kept: people sometimes type their password in the name field.
 */
@Entity
@Table(name = "login_throttle")
@Cacheable(false)
@NamedQuery(name = "LoginThrottle.forget", query = "DELETE FROM LoginThrottle t WHERE t.nameHash = :nameHash")
@NamedQuery(name = "LoginThrottle.purge",
        query = "DELETE FROM LoginThrottle t WHERE (t.failures.firstFailedAt IS NULL OR t.failures.firstFailedAt < :before)"
                + " AND (t.failures.lockedUntil IS NULL OR t.failures.lockedUntil < :now)")
public class LoginThrottle {

    @Id
    @Column(name = "name_hash", length = 64)
    private String nameHash;

    @Embedded
    private FailedLogins failures = new FailedLogins();

    protected LoginThrottle() {
    }

    public LoginThrottle(String nameHash) {
        this.nameHash = Texts.nonBlank(nameHash, "nameHash");
    }

    public boolean isLocked(LocalDateTime now) {
        return failures().isLocked(now);
    }

    /** @return whether this failure locked the name */
    public boolean recordFailedLogin(LocalDateTime now, LoginThrottling rule) {
        return failures().record(now, rule);
    }

    public String getNameHash() {
        return nameHash;
    }

    public LocalDateTime getLockedUntil() {
        return failures().getLockedUntil();
    }

    private FailedLogins failures() {
        if (failures == null) { // a provider may load an embeddable whose columns are all null as null
            failures = new FailedLogins();
        }
        return failures;
    }
}
