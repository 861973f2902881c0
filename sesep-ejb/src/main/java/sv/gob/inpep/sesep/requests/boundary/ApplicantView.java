package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.io.Serializable;

/** The applicant as the registry knows them, as printed on the Comprobante (Annex 1). */
public record ApplicantView(ApplicantKind kind, String firstNames, String lastNames, String dui, String nup,
                            String matricula, String expediente, String phone, String email) implements Serializable {

    public String fullName() {
        return firstNames + " " + lastNames;
    }
}
