package sv.gob.inpep.sesep.accounts.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A one-use link sent by e-mail. Only the SHA-256 of the token is stored, so a copy of the
 * database cannot be used to reset anyone's password.
 */
@Entity
@Table(name = "account_token")
@Cacheable(false)
@NamedQuery(name = "AccountToken.byHash",
        query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :tokenHash")
@NamedQuery(name = "AccountToken.usable",
        query = "SELECT t FROM AccountToken t WHERE t.account = :account AND t.purpose = :purpose"
                + " AND t.usedAt IS NULL AND t.expiresAt > :now")
public class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    /** Only for {@link TokenPurpose#CHANGE_EMAIL}: the address the link was mailed to, which it proves. */
    @Column(name = "new_email", length = 200)
    private String newEmail;

    protected AccountToken() {
    }

    /** A link of a purpose that carries nothing more (a new address has {@link #emailChange}). */
    public AccountToken(UserAccount account, TokenPurpose purpose, String tokenHash, LocalDateTime expiresAt) {
        this(account, purpose, tokenHash, expiresAt, null);
        if (purpose == TokenPurpose.CHANGE_EMAIL) {
            throw new IllegalArgumentException("a link for a new address carries it: use emailChange");
        }
    }

    private AccountToken(UserAccount account, TokenPurpose purpose, String tokenHash, LocalDateTime expiresAt,
                         String newEmail) {
        this.account = Objects.requireNonNull(account, "account");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.tokenHash = Texts.nonBlank(tokenHash, "tokenHash");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.newEmail = newEmail;
    }

    /**
     * The link mailed to the address a citizen wants instead of theirs: the account takes the
     * address only when the link comes back.
     */
    public static AccountToken emailChange(UserAccount account, String newEmail, String tokenHash,
                                           LocalDateTime expiresAt) {
        return new AccountToken(account, TokenPurpose.CHANGE_EMAIL, tokenHash, expiresAt,
                Texts.nonBlank(newEmail, "newEmail").toLowerCase(Locale.ROOT));
    }

    /**
     * Spends the token. A link for the other purpose is reported as invalid, not as "wrong
     * purpose", so that links cannot be probed.
     */
    public void use(TokenPurpose expected, LocalDateTime now) {
        checkUsable(expected, now);
        usedAt = now;
    }

    /** Refuses, as {@link #use} would, a link that cannot be used; changes nothing. */
    public void checkUsable(TokenPurpose expected, LocalDateTime now) {
        if (purpose != expected) {
            throw new RuleViolation("error.token.invalid");
        }
        if (usedAt != null) {
            throw new RuleViolation("error.token.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new RuleViolation("error.token.expired");
        }
    }

    /**
     * Spends a link that was not used, e.g. the other reset links once a password was reset, so
     * that an older mail cannot undo the new password.
     */
    public void discard(LocalDateTime now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public boolean isUsable(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getUsedAt() {
        return usedAt;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
