package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.registry.entity.Affiliate;
import sv.gob.inpep.sesep.registry.entity.Beneficiary;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.io.Serializable;

/** The applicant as the registry knows them, as printed on the Comprobante (Annex 1). */
public record ApplicantView(ApplicantKind kind, String firstNames, String lastNames, String dui, String nup,
                            String matricula, String expediente, String phone, String email) implements Serializable {

    public String fullName() {
        return firstNames + " " + lastNames;
    }

    /** The applicant of a request as the registry knows them, with the phone and e-mail the citizen gave. */
    public static ApplicantView of(ApplicantKind kind, Affiliate affiliate, Beneficiary beneficiary, Citizen citizen) {
        String registryPhone = beneficiary != null ? beneficiary.getPhone() : affiliate.getPhone();
        String phone = citizen.getPhone() != null ? citizen.getPhone() : registryPhone;
        return new ApplicantView(kind,
                beneficiary != null ? beneficiary.getFirstNames() : affiliate.getFirstNames(),
                beneficiary != null ? beneficiary.getLastNames() : affiliate.getLastNames(),
                beneficiary != null ? beneficiary.getDui() : affiliate.getDui(),
                affiliate.getNup(), affiliate.getMatricula(), affiliate.getExpediente(), phone,
                citizen.getAccount().getEmail());
    }
}
