package sv.gob.inpep.sesep.accounts.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A login: citizen, agent, supervisor or administrator. Only the password's bcrypt hash is kept;
 * the hashing itself belongs to the boundary so that this module needs no crypto library.
 */
@Entity
@Table(name = "user_account")
@Cacheable(false)
@NamedQuery(name = "UserAccount.byUsername",
        query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.byEmail",
        query = "SELECT u FROM UserAccount u WHERE LOWER(u.email) = LOWER(:email)")
public class UserAccount {

    /** Length of user_account.full_name. */
    public static final int MAX_FULL_NAME = 200;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "email", nullable = false, length = 200)
    private String email;

    @Column(name = "full_name", nullable = false, length = MAX_FULL_NAME)
    private String fullName;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    /** Set only by a citizen's own registration; cleared when the address is proved. */
    @Column(name = "awaiting_verification", nullable = false)
    private boolean awaitingVerification;

    @Embedded
    private FailedLogins failures = new FailedLogins();

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** Eager: every authorisation decision needs them and there are at most four. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String email, String fullName, Role role,
                       LocalDateTime now) {
        this.username = Texts.nonBlank(username, "username");
        this.passwordHash = Texts.nonBlank(passwordHash, "passwordHash");
        this.email = normalizeEmail(email);
        this.fullName = Texts.nonBlank(fullName, "fullName");
        this.roles.add(Objects.requireNonNull(role, "role"));
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /**
     * An account a citizen opened for themselves: a CIUDADANO login that stays disabled (the
     * security realm reads only enabled accounts) until the e-mail address is proved.
     */
    public static UserAccount selfRegistered(String username, String passwordHash, String email, String fullName,
                                             LocalDateTime now) {
        UserAccount account = new UserAccount(username, passwordHash, email, fullName, Role.CIUDADANO, now);
        account.enabled = false;
        account.awaitingVerification = true;
        return account;
    }

    /** Whether the text has the shape of an e-mail address (something@domain.tld, no spaces): one rule everywhere. */
    public static boolean isEmailAddress(String text) {
        return text != null && EMAIL.matcher(text).matches();
    }

    private static String normalizeEmail(String email) {
        return Texts.nonBlank(email, "email").toLowerCase(Locale.ROOT);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void grant(Role role) {
        roles.add(Objects.requireNonNull(role, "role"));
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public boolean isLocked(LocalDateTime now) {
        return failures().isLocked(now);
    }

    /**
     * Counts a wrong password (see {@link FailedLogins#record}).
     *
     * @return whether this failure locked the account
     */
    public boolean recordFailedLogin(LocalDateTime now, LoginThrottling rule) {
        return failures().record(now, rule);
    }

    /** Refused while locked or disabled, in case the credential check got through anyway. */
    public void recordSuccessfulLogin(LocalDateTime now) {
        if (!enabled) {
            throw new RuleViolation("error.account.disabled");
        }
        if (isLocked(now)) {
            throw new RuleViolation("error.account.locked", getLockedUntil());
        }
        failures().clear();
        lastLoginAt = now;
    }

    /**
     * The owner proved the address (the e-mailed link reached them). A self-registered account
     * becomes usable now; an account an administrator disabled stays disabled.
     */
    public void verifyEmail() {
        emailVerified = true;
        if (awaitingVerification) {
            awaitingVerification = false;
            enabled = true;
        }
    }

    /**
     * Replaces the password. Also lifts a lock: whoever can set a new password has proved they own
     * the account (logged in, or through the e-mailed reset link).
     */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Texts.nonBlank(newHash, "passwordHash");
        failures().clear();
    }

    /**
     * The owner proved a new address: the link mailed to it came back. Every mail from now on goes
     * there.
     */
    public void changeToProvedEmail(String email) {
        changeEmail(email);
        emailVerified = true;
    }

    /** A new address has not been proved yet. */
    public void changeEmail(String email) {
        String normalized = normalizeEmail(email);
        if (!normalized.equals(this.email)) {
            this.email = normalized;
            this.emailVerified = false;
        }
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = Texts.nonBlank(fullName, "fullName");
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** An administrator's decision; it also ends any wait for verification. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        this.awaitingVerification = false;
    }

    public boolean isAwaitingVerification() {
        return awaitingVerification;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public int getFailedLogins() {
        return failures().getCount();
    }

    public LocalDateTime getLockedUntil() {
        return failures().getLockedUntil();
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    private FailedLogins failures() {
        if (failures == null) { // a provider may load an embeddable whose columns are all null as null
            failures = new FailedLogins();
        }
        return failures;
    }
}
