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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.registry.entity.Affiliate;
import sv.gob.inpep.sesep.registry.entity.Beneficiary;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A portal account linked to the registry: either the holder of an affiliation or a beneficiary
 * inscribed under one. Built only through {@link #holder} and {@link #beneficiary}, so the
 * applicant kind always agrees with the registry record it points to.
 */
@Entity
@Table(name = "citizen")
@Cacheable(false)
@NamedQuery(name = "Citizen.byUsername",
        query = "SELECT c FROM Citizen c WHERE c.account.username = :username")
public class Citizen {

    /** A Salvadoran number as people write it (2255-1200, 7777 1234, +503 7777-1234): digits, spaces, dashes, brackets. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{6,18}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citizen_seq")
    @SequenceGenerator(name = "citizen_seq", sequenceName = "citizen_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false, length = 20)
    private ApplicantKind applicantKind;

    /** The holder; for a beneficiary, the affiliate under whose matrícula they are inscribed. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "affiliate_id", nullable = false)
    private Affiliate affiliate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "beneficiary_id")
    private Beneficiary beneficiary;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Citizen() {
    }

    private Citizen(UserAccount account, ApplicantKind kind, Affiliate affiliate, Beneficiary beneficiary,
                    String phone, LocalDateTime now) {
        this.account = Objects.requireNonNull(account, "account");
        this.applicantKind = kind;
        this.affiliate = Objects.requireNonNull(affiliate, "affiliate");
        this.beneficiary = beneficiary;
        setPhone(phone);
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** The holder of an affiliation; contributor or pensioner as the registry says. */
    public static Citizen holder(UserAccount account, Affiliate affiliate, String phone, LocalDateTime now) {
        ApplicantKind kind = switch (affiliate.getQuality()) {
            case CONTRIBUTOR -> ApplicantKind.CONTRIBUTOR;
            case PENSIONER -> ApplicantKind.PENSIONER;
        };
        return new Citizen(account, kind, affiliate, null, phone, now);
    }

    /** A beneficiary, tied to the affiliate they are inscribed under. */
    public static Citizen beneficiary(UserAccount account, Beneficiary beneficiary, String phone, LocalDateTime now) {
        Objects.requireNonNull(beneficiary, "beneficiary");
        return new Citizen(account, ApplicantKind.BENEFICIARY, beneficiary.getAffiliate(), beneficiary, phone, now);
    }

    /** Whether the text has the shape of a phone number ({@link #PHONE}): one rule for registration and "Mis datos". */
    public static boolean isPhoneNumber(String text) {
        return text != null && PHONE.matcher(text).matches();
    }

    /** Name of the person behind the account as the registry has it. */
    public String getRegisteredName() {
        return beneficiary != null ? beneficiary.getFullName() : affiliate.getFullName();
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public ApplicantKind getApplicantKind() {
        return applicantKind;
    }

    public Affiliate getAffiliate() {
        return affiliate;
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Texts.optional(phone, 20);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
