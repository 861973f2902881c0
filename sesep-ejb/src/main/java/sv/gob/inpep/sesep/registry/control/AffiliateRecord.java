package sv.gob.inpep.sesep.registry.control;

import sv.gob.inpep.sesep.registry.entity.AffiliateQuality;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A holder of an affiliation as the registry has it ("generales" of the affiliate).
 *
 * @param employer             the last employer (for a pensioner, the one they retired from)
 * @param firstAffiliationYear the year of the first affiliation to the institute; {@code null} when unknown
 */
public record AffiliateRecord(long id, String nup, String matricula, String expediente, String dui,
                              String firstNames, String lastNames, LocalDate birthDate, String gender,
                              AffiliateQuality quality, String phone, String email, String address,
                              String employer, Integer firstAffiliationYear) {

    public String fullName() {
        return firstNames + " " + lastNames;
    }

    /**
     * Whether the person typed this holder's year of first affiliation and last employer (see the
     * registry's package-info: what a copy of the DUI and the NUP does not give).
     */
    public boolean provenBy(Integer year, String typedEmployer) {
        return firstAffiliationYear != null && Objects.equals(firstAffiliationYear, year)
                && RegistryText.same(employer, typedEmployer);
    }
}
