package sv.gob.inpep.sesep.registry.control;

import sv.gob.inpep.sesep.registry.entity.AffiliateQuality;

import java.time.LocalDate;

/** A holder of an affiliation as the registry has it ("generales" of the affiliate). */
public record AffiliateRecord(long id, String nup, String matricula, String expediente, String dui,
                              String firstNames, String lastNames, LocalDate birthDate, String gender,
                              AffiliateQuality quality, String phone, String email, String address,
                              String employer) {

    public String fullName() {
        return firstNames + " " + lastNames;
    }
}
