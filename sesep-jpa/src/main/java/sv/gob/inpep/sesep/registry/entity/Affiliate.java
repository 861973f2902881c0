package sv.gob.inpep.sesep.registry.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A holder in the institute's "Base de Datos de Afiliación y Registro". SESEP only reads it: no
 * sequence, no public constructor, no setters, and no column but the key is ever inserted or
 * updated (EclipseLink needs one writable mapping for the key). Kept out of the shared cache:
 * the institute's own systems change these rows, and SESEP must show them as they are now.
 */
@Entity
@Table(name = "affiliate")
@Cacheable(false)
@NamedQuery(name = "Affiliate.byDui", query = "SELECT a FROM Affiliate a WHERE a.dui = :dui")
@NamedQuery(name = "Affiliate.byNup", query = "SELECT a FROM Affiliate a WHERE a.nup = :nup")
public class Affiliate {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "nup", insertable = false, updatable = false)
    private String nup;

    @Column(name = "matricula", insertable = false, updatable = false)
    private String matricula;

    @Column(name = "expediente", insertable = false, updatable = false)
    private String expediente;

    @Column(name = "dui", insertable = false, updatable = false)
    private String dui;

    @Column(name = "first_names", insertable = false, updatable = false)
    private String firstNames;

    @Column(name = "last_names", insertable = false, updatable = false)
    private String lastNames;

    @Column(name = "birth_date", insertable = false, updatable = false)
    private LocalDate birthDate;

    /** F or M, as the registry writes it. */
    @Column(name = "gender", insertable = false, updatable = false)
    private String gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "quality", insertable = false, updatable = false)
    private AffiliateQuality quality;

    @Column(name = "phone", insertable = false, updatable = false)
    private String phone;

    @Column(name = "email", insertable = false, updatable = false)
    private String email;

    @Column(name = "address", insertable = false, updatable = false)
    private String address;

    /** The last employer as the registry holds it: for a pensioner, the one they retired from. */
    @Column(name = "employer", insertable = false, updatable = false)
    private String employer;

    /** The year of the first affiliation to the institute; no card or paper the person carries shows it. */
    @Column(name = "first_affiliation_year", insertable = false, updatable = false)
    private Integer firstAffiliationYear;

    protected Affiliate() {
    }

    public String getFullName() {
        return firstNames + " " + lastNames;
    }

    public Long getId() {
        return id;
    }

    public String getNup() {
        return nup;
    }

    public String getMatricula() {
        return matricula;
    }

    public String getExpediente() {
        return expediente;
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

    public String getGender() {
        return gender;
    }

    public AffiliateQuality getQuality() {
        return quality;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }

    public String getEmployer() {
        return employer;
    }

    public Integer getFirstAffiliationYear() {
        return firstAffiliationYear;
    }
}
