package sv.gob.inpep.sesep.accounts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.PublicLinks;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.accounts.control.AccountLinks;
import sv.gob.inpep.sesep.accounts.control.PasswordHasher;
import sv.gob.inpep.sesep.accounts.control.Tokens;
import sv.gob.inpep.sesep.accounts.entity.AccountToken;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.accounts.entity.TokenPurpose;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.notifications.boundary.Notifications;
import sv.gob.inpep.sesep.notifications.entity.MailTemplateCode;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * "Mis datos": the citizen keeps the phone and the e-mail address SESEP reaches them at. Every
 * notice, receipt and answer goes to the account's address as it is when the mail is written, so
 * a change here redirects all of them.
 * <p>
 * A new address is taken only once it is proved: the current password is asked first, a one-use
 * link (the same {@link AccountLinks} as registration and password reset) goes to the new
 * address, and the change happens when the citizen, signed in, opens it. Requiring the session as
 * well means a mistyped address's owner cannot take the account's mail by clicking. The old
 * address is told when the change is asked for and when it is made, so that a change its owner
 * did not make does not go unnoticed.
 */
@Stateless
@RolesAllowed("CIUDADANO")
public class ContactDetails {

    /** How long the link to a new address serves. */
    static final Duration EMAIL_CHANGE_VALIDITY = Duration.ofHours(24);
    /** What {@link LoginAttempts#spend} counts per client address: e-mail changes asked for (each sends two mails). */
    static final String EMAIL_CHANGES = "correo";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLinks links;

    @Inject
    LoginAttempts attempts;

    @Inject
    PasswordHasher hasher;

    @Inject
    PublicLinks publicLinks;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The caller's contact data, and the address waiting for its link if there is one. */
    public ContactView mine() {
        Citizen citizen = citizen();
        UserAccount account = citizen.getAccount();
        String pending = links.open(account, TokenPurpose.CHANGE_EMAIL, now()).stream()
                .max(Comparator.comparing(AccountToken::getExpiresAt))
                .map(AccountToken::getNewEmail).orElse(null);
        return new ContactView(account.getFullName(), account.getUsername(), account.getEmail(), citizen.getPhone(),
                pending);
    }

    /** A new contact phone, checked as registration checks it; empty removes it (the registry's is used). */
    public void changePhone(String typed) {
        String phone = Accounts.phone(typed);
        Citizen citizen = citizen();
        if (Objects.equals(phone, citizen.getPhone())) {
            return;
        }
        citizen.setPhone(phone);
        audit.record(AuditAction.ACCOUNT_PHONE_CHANGED, null, null, null, "cuenta " + citizen.getAccount().getUsername()
                + (phone == null ? ": sin teléfono de contacto" : ""));
    }

    /**
     * Asks to use {@code typed} instead of the current address: with the right current password,
     * a link goes to the new address and a notice to the current one; nothing changes yet. An
     * earlier link to another address stops serving. Each request counts against the client
     * address's budget, wrong passwords included.
     */
    public void requestEmailChange(String currentPassword, String typed) {
        attempts.spend(EMAIL_CHANGES);
        UserAccount account = citizen().getAccount();
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            audit.recordRefusal(AuditAction.ACCOUNT_EMAIL_CHANGE_REFUSED, null, null, null, "cuenta "
                    + account.getUsername() + ": contraseña actual incorrecta");
            throw new RuleViolation("error.password.currentWrong");
        }
        String email = Accounts.email(typed).toLowerCase(Locale.ROOT); // as the account will keep it
        if (email.equals(account.getEmail())) {
            throw new RuleViolation("error.contact.emailUnchanged");
        }
        LocalDateTime now = now();
        links.open(account, TokenPurpose.CHANGE_EMAIL, now).forEach(earlier -> earlier.discard(now));
        Tokens.Issued token = links.issueEmailChange(account, email, EMAIL_CHANGE_VALIDITY, now);
        notifications.queue(MailTemplateCode.ACCOUNT_EMAIL_CHANGE_VERIFY, email, null, account, Map.of(
                "link", publicLinks.emailChange(token.value()),
                "expiresIn", Accounts.hours(EMAIL_CHANGE_VALIDITY),
                "citizenName", account.getFullName()));
        notifications.queue(MailTemplateCode.ACCOUNT_EMAIL_CHANGE_REQUESTED, account.getEmail(), null, account, Map.of(
                "citizenName", account.getFullName(),
                "email", email,
                "date", Accounts.DATE.format(now),
                "link", publicLinks.forgotPassword()));
        audit.record(AuditAction.ACCOUNT_EMAIL_CHANGE_REQUESTED, null, null, null, "cuenta " + account.getUsername()
                + ": enlace enviado a " + email);
    }

    /**
     * The link from the mail to the new address, opened by the signed-in citizen it was made for:
     * the account takes the address (proved), the old one is told, and the links that went to the
     * old address stop serving. A link of another account is refused like one that matches
     * nothing, and stays usable for its owner.
     *
     * @return the new address
     */
    public String confirmEmailChange(String token) {
        links.checkBudget();
        AccountToken link = links.locked(token);
        UserAccount account = citizen().getAccount();
        if (!link.getAccount().getId().equals(account.getId())) {
            audit.recordRefusal(AuditAction.ACCOUNT_EMAIL_CHANGE_REFUSED, null, null, null, "cuenta "
                    + account.getUsername() + ": enlace de otra cuenta");
            throw links.unknown();
        }
        LocalDateTime now = now();
        link.use(TokenPurpose.CHANGE_EMAIL, now);
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        String old = account.getEmail();
        account.changeToProvedEmail(link.getNewEmail());
        for (TokenPurpose purpose : List.of(TokenPurpose.CHANGE_EMAIL, TokenPurpose.RESET_PASSWORD)) {
            links.open(account, purpose, now).forEach(other -> other.discard(now));
        }
        notifications.queue(MailTemplateCode.ACCOUNT_EMAIL_CHANGED, old, null, account, Map.of(
                "citizenName", account.getFullName(),
                "email", account.getEmail(),
                "date", Accounts.DATE.format(now),
                "link", publicLinks.forgotPassword()));
        audit.record(AuditAction.ACCOUNT_EMAIL_CHANGED, null, null, null, "cuenta " + account.getUsername() + ": de "
                + old + " a " + account.getEmail());
        return account.getEmail();
    }

    private Citizen citizen() {
        return em.createNamedQuery("Citizen.byUsername", Citizen.class)
                .setParameter("username", session.getCallerPrincipal().getName())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("error.citizen.notFound"));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
