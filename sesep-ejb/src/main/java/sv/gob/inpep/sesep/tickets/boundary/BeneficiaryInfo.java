package sv.gob.inpep.sesep.tickets.boundary;

import sv.gob.inpep.sesep.registry.entity.Relationship;

import java.io.Serializable;
import java.time.LocalDate;

/** A beneficiary inscribed under the holder's matrícula ("Beneficiarios", activity 7). */
public record BeneficiaryInfo(long id, String dui, String firstNames, String lastNames, LocalDate birthDate,
                              Relationship relationship, String phone, String email, boolean applicant)
        implements Serializable {
}
