package sv.gob.inpep.sesep.registry.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A beneficiary inscribed under an affiliate's matrícula. Read-only for the same reason as
 * {@link Affiliate}, and like it out of the shared cache: the registry owns these rows.
 */
@Entity
@Table(name = "beneficiary")
@Cacheable(false)
@NamedQuery(name = "Beneficiary.byAffiliate",
        query = "SELECT b FROM Beneficiary b WHERE b.affiliate = :affiliate ORDER BY b.lastNames, b.firstNames")
@NamedQuery(name = "Beneficiary.byDui", query = "SELECT b FROM Beneficiary b WHERE b.dui = :dui")
public class Beneficiary {

    @Id
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "affiliate_id", insertable = false, updatable = false)
    private Affiliate affiliate;

    /** Minors have none. */
    @Column(name = "dui", insertable = false, updatable = false)
    private String dui;

    @Column(name = "first_names", insertable = false, updatable = false)
    private String firstNames;

    @Column(name = "last_names", insertable = false, updatable = false)
    private String lastNames;

    @Column(name = "birth_date", insertable = false, updatable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", insertable = false, updatable = false)
    private Relationship relationship;

    @Column(name = "phone", insertable = false, updatable = false)
    private String phone;

    @Column(name = "email", insertable = false, updatable = false)
    private String email;

    /** The year the beneficiary was inscribed under the holder, as the registry holds it. */
    @Column(name = "inscription_year", insertable = false, updatable = false)
    private Integer inscriptionYear;

    protected Beneficiary() {
    }

    public String getFullName() {
        return firstNames + " " + lastNames;
    }

    public Long getId() {
        return id;
    }

    public Affiliate getAffiliate() {
        return affiliate;
    }

    public String getDui() {
        return dui;
    }

    public String getFirstNames() {
        return firstNames;
    }

    public String getLastNames() {
        return lastNames;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Integer getInscriptionYear() {
        return inscriptionYear;
    }
}
