package sv.gob.inpep.sesep.registry.control;

import sv.gob.inpep.sesep.registry.entity.Relationship;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A beneficiary inscribed under a holder's matrícula; minors have no DUI.
 *
 * @param inscriptionYear the year they were inscribed under the holder; {@code null} when unknown
 * @param holderEmployer  the holder's last employer
 */
public record BeneficiaryRecord(long id, long affiliateId, String holderMatricula, String dui,
                                String firstNames, String lastNames, LocalDate birthDate,
                                Relationship relationship, String phone, String email,
                                Integer inscriptionYear, String holderEmployer) {

    public String fullName() {
        return firstNames + " " + lastNames;
    }

    /**
     * Whether the person typed the year of this inscription and the holder's last employer (see
     * the registry's package-info).
     */
    public boolean provenBy(Integer year, String typedEmployer) {
        return inscriptionYear != null && Objects.equals(inscriptionYear, year)
                && RegistryText.same(holderEmployer, typedEmployer);
    }
}
