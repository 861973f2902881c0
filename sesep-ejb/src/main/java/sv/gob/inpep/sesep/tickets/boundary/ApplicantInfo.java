package sv.gob.inpep.sesep.tickets.boundary;

import sv.gob.inpep.sesep.registry.entity.AffiliateQuality;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * "Ver Información" (activity 6): the holder as the registry (Base de Datos de Afiliación y
 * Registro) has them, with the contact data the citizen gave the portal beside it for comparison
 * (activity 8), and the beneficiary who asks when the applicant is one.
 *
 * @param beneficiary null when the applicant is the holder
 */
public record ApplicantInfo(ApplicantKind applicantKind, String nup, String matricula, String expediente, String dui,
                            String firstNames, String lastNames, LocalDate birthDate, String gender,
                            AffiliateQuality quality, String phone, String email, String address, String employer,
                            String portalEmail, String portalPhone, BeneficiaryInfo beneficiary) implements Serializable {
}
