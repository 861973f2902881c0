package sv.gob.inpep.sesep.web.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.accounts.boundary.Accounts;
import sv.gob.inpep.sesep.accounts.boundary.Registration;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.io.Serializable;

/**
 * "Crear una cuenta" (/portal/registro.xhtml). The passwords are not kept once the account is
 * asked for, so that no serialized view (the cluster replicates view-scoped beans) holds them.
 */
@Named
@ViewScoped
public class RegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private ApplicantKind kind;
    private String dui;
    private String number;
    private Integer year;
    private String employer;
    private String email;
    private String phone;
    private String password;
    private String confirmation;
    private Registration.LinkSent sent;

    public void register() {
        try {
            sent = accounts.register(new Registration(kind, dui, number, year, employer, email, phone, password,
                    confirmation));
        } finally {
            password = null;
            confirmation = null;
        }
    }

    /** A beneficiary gives the holder's matrícula instead of their own NUP or matrícula. */
    public boolean isBeneficiary() {
        return kind == ApplicantKind.BENEFICIARY;
    }

    public boolean isRegistered() {
        return sent != null;
    }

    /** Where the link went (the typed address, or the registry's partly hidden); null before. */
    public Registration.LinkSent getSent() {
        return sent;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public ApplicantKind getKind() {
        return kind;
    }

    public void setKind(ApplicantKind kind) {
        this.kind = kind;
    }

    public String getDui() {
        return dui;
    }

    public void setDui(String dui) {
        this.dui = dui;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
