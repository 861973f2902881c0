package sv.gob.inpep.sesep.accounts.boundary;

import sv.gob.inpep.sesep.audit.entity.AuditAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sv.gob.inpep.sesep.PublicLinks;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.accounts.control.AccountLinks;
import sv.gob.inpep.sesep.accounts.control.PasswordHasher;
import sv.gob.inpep.sesep.accounts.control.PasswordPolicy;
import sv.gob.inpep.sesep.accounts.control.Tokens;
import sv.gob.inpep.sesep.accounts.entity.AccountToken;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.accounts.entity.PendingRegistration;
import sv.gob.inpep.sesep.accounts.entity.TokenPurpose;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.notifications.boundary.Notifications;
import sv.gob.inpep.sesep.notifications.entity.MailTemplateCode;
import sv.gob.inpep.sesep.registry.control.AffiliateRecord;
import sv.gob.inpep.sesep.registry.control.AffiliateRegistry;
import sv.gob.inpep.sesep.registry.control.BeneficiaryRecord;
import sv.gob.inpep.sesep.registry.control.RegistryNumbers;
import sv.gob.inpep.sesep.registry.entity.Affiliate;
import sv.gob.inpep.sesep.registry.entity.AffiliateQuality;
import sv.gob.inpep.sesep.registry.entity.Beneficiary;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * A citizen's own account: opening it against the affiliate registry, proving the e-mail address,
 * and getting back in with a new password. Everything here is open to anonymous callers, so every
 * answer is built not to tell a stranger whether someone is in the registry or has an account:
 * registration refuses a mismatch and an existing account with one and the same message, and a
 * reset request answers the same for any address.
 */
@Stateless
public class Accounts {

    /** How long a registration's link is kept after it was sent, used or not (it holds a password hash). */
    static final Duration PENDING_KEPT = Duration.ofDays(30);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    /** The link a person whose account an administrator created gets to choose their first password. */
    static final Duration WELCOME_VALIDITY = Duration.ofHours(72);
    /** Reset mails per account within {@link #RESET_VALIDITY}: enough for a lost mail, no mailbox flooding. */
    static final int MAX_OPEN_RESETS = 3;
    /** What {@link LoginAttempts#spend} counts per client address: reset requests (links: {@link AccountLinks#BUDGET}). */
    static final String RESET_REQUESTS = "olvido";

    /** The one answer to any registration that does not match the registry or already has an account. */
    static final String NOT_MATCHED = "error.registration.notMatched";
    /** Too many refused registrations for this DUI or from this address: wait. */
    static final String THROTTLED = "error.registration.throttled";

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    AffiliateRegistry registry;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHasher hasher;

    @Inject
    Tokens tokens;

    @Inject
    LoginAttempts attempts;

    @Inject
    AccountLinks accountLinks;

    @Inject
    PublicLinks links;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** How long a registration's link serves (MicroProfile Config); then the registration lapses. */
    @Inject
    @ConfigProperty(name = "sesep.registration.link-hours", defaultValue = "24")
    int validityHours;

    @Resource
    SessionContext session;

    /**
     * Registers the person the registry knows by these numbers and facts, and mails the link that
     * opens the account (see {@link #verifyEmail}). The link goes to the address the registry holds
     * for the person when it has one: whoever typed the numbers may not own the typed address. When
     * that address differs from the typed one, its mail also tells that an account is being opened
     * with the DUI, and with which address. The user name will be the DUI. A refusal is counted
     * against the DUI and the caller's address ({@link LoginAttempts}).
     */
    @PermitAll
    public Registration.LinkSent register(Registration registration) {
        if (registration.kind() == null) {
            throw new RuleViolation("error.registration.kindRequired");
        }
        String dui = RegistryNumbers.canonicalDui(registration.dui());
        if (dui == null) {
            throw new RuleViolation("error.registration.duiInvalid");
        }
        String number = RegistryNumbers.digits(registration.number());
        if (!number.matches("\\d{1,12}")) {
            throw new RuleViolation("error.registration.numberInvalid");
        }
        String email = email(registration.email());
        String phone = phone(registration.phone());
        policy.checkConfirmation(registration.password(), registration.confirmation());
        policy.check(registration.password(), dui, email);
        if (attempts.isRegistrationLocked(dui)) {
            audit.recordRefusal(AuditAction.ACCOUNT_REGISTRATION_REFUSED, null, null, null, "DUI " + dui
                    + ": demasiados intentos");
            throw new RuleViolation(THROTTLED);
        }

        Optional<Person> person = person(registration.kind(), dui, number)
                .filter(p -> p.proof().test(registration.year(), registration.employer()));
        if (person.isEmpty() || accountExists(dui)) {
            audit.recordRefusal(AuditAction.ACCOUNT_REGISTRATION_REFUSED, null, null, null, "DUI " + dui + ", calidad "
                    + registration.kind() + ": " + (person.isEmpty() ? "sin coincidencia en el registro" : "ya tiene cuenta"));
            attempts.recordRefusedRegistration(dui);
            throw new RuleViolation(NOT_MATCHED);
        }
        LocalDateTime now = now();
        em.createNamedQuery("PendingRegistration.purge").setParameter("before", now.minus(PENDING_KEPT)).executeUpdate();
        Duration validity = Duration.ofHours(validityHours);
        String registryEmail = person.get().email();
        String sendTo = registryEmail != null ? registryEmail : email;
        Tokens.Issued token = tokens.issue();
        String hash = hasher.hash(registration.password());
        em.persist(person.get().beneficiaryId() == null
                ? PendingRegistration.holder(em.find(Affiliate.class, person.get().affiliateId()), email, sendTo,
                        phone, hash, token.hash(), now, now.plus(validity))
                : PendingRegistration.beneficiary(em.find(Beneficiary.class, person.get().beneficiaryId()), email,
                        sendTo, phone, hash, token.hash(), now, now.plus(validity)));
        String citizenName = Texts.truncate(person.get().name(), UserAccount.MAX_FULL_NAME);
        String link = links.emailVerification(token.value());
        boolean toTyped = sendTo.equalsIgnoreCase(email);
        if (toTyped) {
            notifications.queue(MailTemplateCode.ACCOUNT_VERIFY_EMAIL, email, null, null, Map.of(
                    "link", link, "expiresIn", hours(validity), "citizenName", citizenName));
        } else {
            notifications.queue(MailTemplateCode.ACCOUNT_OPENED_WITH_DUI, sendTo, null, null, Map.of(
                    "link", link, "expiresIn", hours(validity), "citizenName", citizenName,
                    "dui", dui, "email", email));
        }
        audit.record(AuditAction.ACCOUNT_REGISTERED, null, null, null, "cuenta " + dui + ", calidad " + registration.kind()
                + ", pendiente de verificación; enlace enviado al correo "
                + (toTyped ? "escrito" : "del registro"));
        return toTyped ? new Registration.LinkSent(email, false, validityHours)
                : new Registration.LinkSent(masked(sendTo), true, validityHours);
    }

    /**
     * The link from the registration mail: the account opens now, with the address typed at
     * registration, proved. Other registrations of the same DUI still waiting are spent, so none
     * of them can open it afterwards; a link of a registration another one replaced is refused.
     */
    @PermitAll
    public void verifyEmail(String token) {
        accountLinks.checkBudget();
        if (!AccountLinks.wellFormed(token)) {
            throw accountLinks.unknown();
        }
        PendingRegistration pending = em.createNamedQuery("PendingRegistration.byTokenHash", PendingRegistration.class)
                .setParameter("tokenHash", Tokens.hash(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(accountLinks::unknown);
        LocalDateTime now = now();
        UserAccount account = pending.verify(now);
        if (accountExists(pending.getDui())) {
            throw new RuleViolation("error.registration.superseded");
        }
        em.persist(account);
        em.persist(pending.citizenOf(account, now));
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Two registrations of the same DUI confirmed at once: the unique user name lets one through.
            throw new RuleViolation("error.registration.superseded");
        }
        em.createNamedQuery("PendingRegistration.othersOpen", PendingRegistration.class)
                .setParameter("dui", pending.getDui())
                .setParameter("id", pending.getId())
                .getResultStream()
                .forEach(other -> other.supersede(now));
        audit.record(AuditAction.ACCOUNT_EMAIL_VERIFIED, null, null, null, "cuenta " + account.getUsername());
    }

    /**
     * Mails a reset link to every account that uses this address (a family may share one). Says
     * nothing back: the answer is the same whether the address belongs to an account or not.
     */
    @PermitAll
    public void requestPasswordReset(String emailAddress) {
        attempts.spend(RESET_REQUESTS); // each request may send mails: a budget per client address
        String email = email(emailAddress);
        LocalDateTime now = now();
        List<UserAccount> accounts = em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                .setParameter("email", email)
                .getResultList();
        for (UserAccount account : accounts) {
            if (!account.isEnabled() && !account.isAwaitingVerification()) {
                continue; // disabled by an administrator: a new password would not let them in
            }
            if (accountLinks.open(account, TokenPurpose.RESET_PASSWORD, now).size() >= MAX_OPEN_RESETS) {
                audit.record(AuditAction.PASSWORD_RESET_THROTTLED, null, null, null, "cuenta " + account.getUsername());
                continue;
            }
            Tokens.Issued token = accountLinks.issue(account, TokenPurpose.RESET_PASSWORD, RESET_VALIDITY, now);
            notifications.queue(MailTemplateCode.ACCOUNT_RESET_PASSWORD, account.getEmail(), null, account, Map.of(
                    "link", links.passwordReset(token.value()),
                    "expiresIn", hours(RESET_VALIDITY),
                    "date", DATE.format(now),
                    "citizenName", account.getFullName()));
            audit.record(AuditAction.PASSWORD_RESET_REQUESTED, null, null, null, "cuenta " + account.getUsername());
        }
    }

    /**
     * Welcomes a person whose account an administrator just created (an agent's enrolment): the
     * mail names their user name and carries a link to choose their own password, valid for
     * {@link #WELCOME_VALIDITY} and used like a reset link. In the administrator's transaction, so
     * the mail exists exactly when the account does.
     */
    @RolesAllowed("ADMIN")
    public void welcome(UserAccount account) {
        LocalDateTime now = now();
        Tokens.Issued token = accountLinks.issue(account, TokenPurpose.RESET_PASSWORD, WELCOME_VALIDITY, now);
        notifications.queue(MailTemplateCode.ACCOUNT_WELCOME, account.getEmail(), null, account, Map.of(
                "link", links.passwordReset(token.value()),
                "expiresIn", hours(WELCOME_VALIDITY),
                "date", DATE.format(now),
                "username", account.getUsername(),
                "citizenName", account.getFullName()));
    }

    /** Refuses a reset link that cannot be used, before the person types a new password. */
    @PermitAll
    public void checkResetLink(String token) {
        accountLinks.checkBudget();
        accountLinks.find(token).orElseThrow(accountLinks::unknown)
                .checkUsable(TokenPurpose.RESET_PASSWORD, now());
    }

    /**
     * Sets the new password through the e-mailed link. The link also proves the address, so an
     * account still waiting for its verification is enabled; other open links of the account are
     * spent, and a lock from failed logins is lifted.
     */
    @PermitAll
    public void resetPassword(String token, String password, String confirmation) {
        accountLinks.checkBudget();
        AccountToken link = accountLinks.locked(token);
        LocalDateTime now = now();
        link.checkUsable(TokenPurpose.RESET_PASSWORD, now);
        UserAccount account = link.getAccount();
        policy.checkConfirmation(password, confirmation);
        policy.check(password, account.getUsername(), account.getEmail());
        link.use(TokenPurpose.RESET_PASSWORD, now);
        account.changePasswordHash(hasher.hash(password));
        account.verifyEmail();
        for (TokenPurpose purpose : TokenPurpose.values()) {
            accountLinks.open(account, purpose, now).forEach(other -> other.discard(now));
        }
        audit.record(AuditAction.PASSWORD_RESET, null, null, null, "cuenta " + account.getUsername());
    }

    /** The signed-in person's name, for the page header. */
    @RolesAllowed({"CIUDADANO", "AGENTE", "SUPERVISOR", "ADMIN"})
    public String callerFullName() {
        return caller(false).getFullName();
    }

    /**
     * "Cambiar contraseña" for whoever is signed in: the current password proves it is them, the
     * new one follows the same rules as at registration and must differ from it. Open reset links
     * are spent, and a mail tells the person, so that a change they did not make does not go
     * unnoticed. A wrong current password is audited.
     */
    @RolesAllowed({"CIUDADANO", "AGENTE", "SUPERVISOR", "ADMIN"})
    public void changePassword(String current, String password, String confirmation) {
        UserAccount account = caller(true);
        if (current == null || !hasher.matches(current, account.getPasswordHash())) {
            audit.recordRefusal(AuditAction.PASSWORD_CHANGE_REFUSED, null, null, null, "cuenta " + account.getUsername()
                    + ": contraseña actual incorrecta");
            throw new RuleViolation("error.password.currentWrong");
        }
        policy.checkConfirmation(password, confirmation);
        policy.check(password, account.getUsername(), account.getEmail());
        if (hasher.matches(password, account.getPasswordHash())) {
            throw new RuleViolation("error.password.unchanged");
        }
        LocalDateTime now = now();
        account.changePasswordHash(hasher.hash(password));
        accountLinks.open(account, TokenPurpose.RESET_PASSWORD, now).forEach(link -> link.discard(now));
        notifications.queue(MailTemplateCode.ACCOUNT_PASSWORD_CHANGED, account.getEmail(), null, account, Map.of(
                "citizenName", account.getFullName(),
                "date", DATE.format(now),
                "link", links.forgotPassword()));
        audit.record(AuditAction.PASSWORD_CHANGED, null, null, null, "cuenta " + account.getUsername());
    }

    /**
     * A fingerprint of what lets the caller in: it changes when their password changes (here or
     * through a reset link) and when an administrator disables the account. The web layer keeps
     * the one a session started with and ends the session once it differs.
     */
    @RolesAllowed({"CIUDADANO", "AGENTE", "SUPERVISOR", "ADMIN"})
    public String credentialStamp() {
        UserAccount account = caller(false);
        return account.isEnabled() ? Tokens.hash(account.getPasswordHash()) : "disabled";
    }

    private UserAccount caller(boolean lock) {
        UserAccount account = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", session.getCallerPrincipal().getName())
                .getSingleResult();
        if (lock) {
            em.lock(account, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(account);
        }
        return account;
    }

    private Optional<Person> person(ApplicantKind kind, String dui, String number) {
        return switch (kind) {
            case CONTRIBUTOR -> holder(dui, number, AffiliateQuality.CONTRIBUTOR);
            case PENSIONER -> holder(dui, number, AffiliateQuality.PENSIONER);
            case BENEFICIARY -> registry.beneficiary(dui, number).map(Person::of);
        };
    }

    private Optional<Person> holder(String dui, String number, AffiliateQuality quality) {
        return registry.holder(dui, number).filter(a -> a.quality() == quality).map(Person::of);
    }

    private boolean accountExists(String username) {
        return !em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultList().isEmpty();
    }

    /** The address typed, checked as registration and "Mis datos" check it. */
    static String email(String typed) {
        String email = Texts.required(typed, 200, "error.registration.emailInvalid");
        if (!UserAccount.isEmailAddress(email)) {
            throw new RuleViolation("error.registration.emailInvalid");
        }
        return email;
    }

    /** The phone typed (may be empty), checked as registration and "Mis datos" check it. */
    static String phone(String typed) {
        String phone = Texts.optional(typed, 20);
        if (phone != null && !Citizen.isPhoneNumber(phone)) {
            throw new RuleViolation("error.registration.phoneInvalid");
        }
        return phone;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /**
     * Whom the registry matched by the numbers: a holder, or a beneficiary under a holder; the
     * facts that prove it is them, and the address the registry holds for them.
     */
    private record Person(long affiliateId, Long beneficiaryId, String name, String email,
                          BiPredicate<Integer, String> proof) {

        static Person of(AffiliateRecord affiliate) {
            return new Person(affiliate.id(), null, affiliate.fullName(), address(affiliate.email()), affiliate::provenBy);
        }

        static Person of(BeneficiaryRecord beneficiary) {
            return new Person(beneficiary.affiliateId(), beneficiary.id(), beneficiary.fullName(),
                    address(beneficiary.email()), beneficiary::provenBy);
        }

        private static String address(String registry) {
            return UserAccount.isEmailAddress(registry == null ? null : registry.strip())
                    ? registry.strip().toLowerCase(Locale.ROOT) : null;
        }
    }

    /** "jo•••@correo.example": enough for its owner to recognise it, little for anyone else. */
    static String masked(String address) {
        int at = address.indexOf('@');
        return address.substring(0, Math.min(2, at)) + "•••" + address.substring(at);
    }

    /** "1 hora", "24 horas": how long a mailed link lasts, as the mail says it. */
    static String hours(java.time.Duration validity) {
        long hours = validity.toHours();
        return hours == 1 ? "1 hora" : hours + " horas";
    }
}
