package sv.gob.inpep.sesep.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.accounts.boundary.LoginAttempts;
import sv.gob.inpep.sesep.accounts.entity.AccountToken;
import sv.gob.inpep.sesep.accounts.entity.TokenPurpose;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The one-use links an account's mails carry ({@link AccountToken}), for every purpose: issued
 * with a fresh {@link Tokens token} whose hash alone is stored, found again by the token the link
 * brings back, and locked while it is spent. Links that match nothing are counted against the
 * client address ({@link LoginAttempts}, page {@link #BUDGET}), so nobody can try links at random.
 */
@Dependent
public class AccountLinks {

    /** What {@link LoginAttempts#spend} counts per client address: links that match nothing. */
    public static final String BUDGET = "enlace";

    @PersistenceContext
    EntityManager em;

    @Inject
    Tokens tokens;

    @Inject
    LoginAttempts attempts;

    /** A new link of the account, valid for {@code validity}; the token goes in the mail only. */
    public Tokens.Issued issue(UserAccount account, TokenPurpose purpose, Duration validity, LocalDateTime now) {
        Tokens.Issued token = tokens.issue();
        em.persist(new AccountToken(account, purpose, token.hash(), now.plus(validity)));
        return token;
    }

    /** A new link that proves {@code newEmail} for the account when it comes back. */
    public Tokens.Issued issueEmailChange(UserAccount account, String newEmail, Duration validity, LocalDateTime now) {
        Tokens.Issued token = tokens.issue();
        em.persist(AccountToken.emailChange(account, newEmail, token.hash(), now.plus(validity)));
        return token;
    }

    /** The account's links of this purpose not spent and not expired. */
    public List<AccountToken> open(UserAccount account, TokenPurpose purpose, LocalDateTime now) {
        return em.createNamedQuery("AccountToken.usable", AccountToken.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .setParameter("now", now)
                .getResultList();
    }

    /** The link's row, not locked (to check it before a form is filled in). */
    public Optional<AccountToken> find(String token) {
        return wellFormed(token) ? em.createNamedQuery("AccountToken.byHash", AccountToken.class)
                .setParameter("tokenHash", Tokens.hash(token))
                .getResultStream().findFirst() : Optional.empty();
    }

    /** The link's row, locked: two clicks on the same link cannot both spend it. */
    public AccountToken locked(String token) {
        if (!wellFormed(token)) {
            throw unknown();
        }
        return em.createNamedQuery("AccountToken.byHash", AccountToken.class)
                .setParameter("tokenHash", Tokens.hash(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(this::unknown);
    }

    /** Refuses the link pages to a client address that used up its budget of links that matched nothing. */
    public void checkBudget() {
        attempts.checkBudget(BUDGET);
    }

    /** A link that matches nothing (or nothing of the caller's): counted against the client address. */
    public RuleViolation unknown() {
        attempts.spend(BUDGET);
        return new RuleViolation("error.token.invalid");
    }

    /** Whether the text can be a token at all (URL-safe, of a token's length); anything else matches nothing. */
    public static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{20,100}");
    }
}
