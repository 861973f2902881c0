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
import sv.gob.inpep.sesep.registry.entity.Affiliate;
import sv.gob.inpep.sesep.registry.entity.Beneficiary;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A registration the registry matched, waiting for its e-mailed link. The account exists only once
 * the link comes back ({@link #verify}), so a registration nobody confirms holds nothing: it
 * expires, and meanwhile the same DUI may register again. The first of them confirmed opens the
 * account and the others are {@link #supersede superseded}, so none of them can open it afterwards.
 */
@Entity
@Table(name = "pending_registration")
@Cacheable(false)
@NamedQuery(name = "PendingRegistration.byTokenHash",
        query = "SELECT p FROM PendingRegistration p WHERE p.tokenHash = :tokenHash")
@NamedQuery(name = "PendingRegistration.othersOpen",
        query = "SELECT p FROM PendingRegistration p WHERE p.dui = :dui AND p.id <> :id"
                + " AND p.verifiedAt IS NULL AND p.supersededAt IS NULL")
@NamedQuery(name = "PendingRegistration.purge",
        query = "DELETE FROM PendingRegistration p WHERE p.createdAt < :before")
public class PendingRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pending_registration_seq")
    @SequenceGenerator(name = "pending_registration_seq", sequenceName = "pending_registration_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dui", nullable = false, length = 10)
    private String dui;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false, length = 20)
    private ApplicantKind applicantKind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "affiliate_id", nullable = false)
    private Affiliate affiliate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "beneficiary_id")
    private Beneficiary beneficiary;

    @Column(name = "full_name", nullable = false, length = UserAccount.MAX_FULL_NAME)
    private String fullName;

    /** The contact address the person typed; the account will use it. */
    @Column(name = "email", nullable = false, length = 200)
    private String email;

    /** Where the link went: the registry's address when it holds one, else {@link #email}. */
    @Column(name = "link_sent_to", nullable = false, length = 200)
    private String linkSentTo;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    @Column(name = "superseded_at")
    private LocalDateTime supersededAt;

    protected PendingRegistration() {
    }

    /** A holder's registration (contributor or pensioner, as the registry says). */
    public static PendingRegistration holder(Affiliate affiliate, String email, String linkSentTo, String phone,
                                             String passwordHash, String tokenHash, LocalDateTime now,
                                             LocalDateTime expiresAt) {
        ApplicantKind kind = switch (affiliate.getQuality()) {
            case CONTRIBUTOR -> ApplicantKind.CONTRIBUTOR;
            case PENSIONER -> ApplicantKind.PENSIONER;
        };
        return new PendingRegistration(affiliate.getDui(), kind, affiliate, null, affiliate.getFullName(), email,
                linkSentTo, phone, passwordHash, tokenHash, now, expiresAt);
    }

    /** A beneficiary's registration, tied to the holder they are inscribed under. */
    public static PendingRegistration beneficiary(Beneficiary beneficiary, String email, String linkSentTo,
                                                  String phone, String passwordHash, String tokenHash,
                                                  LocalDateTime now, LocalDateTime expiresAt) {
        return new PendingRegistration(beneficiary.getDui(), ApplicantKind.BENEFICIARY, beneficiary.getAffiliate(),
                beneficiary, beneficiary.getFullName(), email, linkSentTo, phone, passwordHash, tokenHash, now,
                expiresAt);
    }

    private PendingRegistration(String dui, ApplicantKind kind, Affiliate affiliate, Beneficiary beneficiary,
                                String fullName, String email, String linkSentTo, String phone,
                                String passwordHash, String tokenHash, LocalDateTime now, LocalDateTime expiresAt) {
        this.dui = Texts.nonBlank(dui, "dui");
        this.applicantKind = kind;
        this.affiliate = Objects.requireNonNull(affiliate, "affiliate");
        this.beneficiary = beneficiary;
        // The registry's names and surnames may together be one character longer than the account keeps.
        this.fullName = Texts.truncate(Texts.nonBlank(fullName, "fullName"), UserAccount.MAX_FULL_NAME);
        this.email = Texts.nonBlank(email, "email").toLowerCase(Locale.ROOT);
        this.linkSentTo = Texts.nonBlank(linkSentTo, "linkSentTo").toLowerCase(Locale.ROOT);
        this.phone = Texts.optional(phone, 20);
        this.passwordHash = Texts.nonBlank(passwordHash, "passwordHash");
        this.tokenHash = Texts.nonBlank(tokenHash, "tokenHash");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("a registration must be open for some time");
        }
    }

    /**
     * The link came back: opens the account, a CIUDADANO login whose address is proved, and the
     * citizen linked to the registry. A link used, expired, or of a registration another one of
     * the same DUI replaced, is refused and changes nothing.
     *
     * @return the account; the caller persists it and the citizen ({@link #citizenOf})
     */
    public UserAccount verify(LocalDateTime now) {
        if (supersededAt != null) {
            throw new RuleViolation("error.registration.superseded");
        }
        if (verifiedAt != null) {
            throw new RuleViolation("error.token.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new RuleViolation("error.token.expired");
        }
        verifiedAt = now;
        UserAccount account = new UserAccount(dui, passwordHash, email, fullName, Role.CIUDADANO, now);
        account.verifyEmail();
        return account;
    }

    /** The citizen record of the account {@link #verify} opened. */
    public Citizen citizenOf(UserAccount account, LocalDateTime now) {
        return beneficiary == null ? Citizen.holder(account, affiliate, phone, now)
                : Citizen.beneficiary(account, beneficiary, phone, now);
    }

    /** Another registration of the same DUI opened the account: this one's link no longer serves. */
    public void supersede(LocalDateTime now) {
        if (verifiedAt == null && supersededAt == null) {
            supersededAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getDui() {
        return dui;
    }

    public ApplicantKind getApplicantKind() {
        return applicantKind;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getLinkSentTo() {
        return linkSentTo;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getVerifiedAt() {
        return verifiedAt;
    }

    public LocalDateTime getSupersededAt() {
        return supersededAt;
    }
}
