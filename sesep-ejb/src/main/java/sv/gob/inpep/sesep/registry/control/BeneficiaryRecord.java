package sv.gob.inpep.sesep.registry.control;

import sv.gob.inpep.sesep.registry.entity.Relationship;

import java.time.LocalDate;

/** A beneficiary inscribed under a holder's matrícula; minors have no DUI. */
public record BeneficiaryRecord(long id, long affiliateId, String holderMatricula, String dui,
                                String firstNames, String lastNames, LocalDate birthDate,
                                Relationship relationship, String phone, String email) {

    public String fullName() {
        return firstNames + " " + lastNames;
    }
}
