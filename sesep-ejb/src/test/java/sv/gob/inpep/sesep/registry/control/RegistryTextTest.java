package sv.gob.inpep.sesep.registry.control;

import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.registry.entity.AffiliateQuality;
import sv.gob.inpep.sesep.registry.entity.Relationship;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryTextTest {

    private static final String EMPLOYER = "Ministerio de Educación, Ciencia y Tecnología";

    @Test
    void caseAccentsPunctuationAndSpacesDoNotCount() {
        assertTrue(RegistryText.same("Ministerio de Educación", "ministerio de educacion"));
        assertTrue(RegistryText.same(EMPLOYER, "  MINISTERIO   DE EDUCACION CIENCIA Y TECNOLOGIA "));
        assertTrue(RegistryText.same("Alcaldía de Soyapango", "alcaldia de  soyapango."));
        assertTrue(RegistryText.same("Compañía Ñandú", "compania nandu"));
        assertTrue(RegistryText.same("Órgano Judicial (Corte Suprema de Justicia)", "organo judicial corte suprema de justicia"));
    }

    @Test
    void theWordsAndTheirOrderDo() {
        assertFalse(RegistryText.same("Ministerio de Educación", "Ministerio de Salud"));
        assertFalse(RegistryText.same("Ministerio de Educación", "Ministerio de Educación, Ciencia y Tecnología"));
        assertFalse(RegistryText.same("Alcaldía de San Salvador", "San Salvador Alcaldía de"));
        assertFalse(RegistryText.same("Ministerio de Educación", "ministeriodeeducacion"));
    }

    @Test
    void aMissingOrBlankSideMatchesNothing() {
        assertFalse(RegistryText.same(null, null));
        assertFalse(RegistryText.same("", ""));
        assertFalse(RegistryText.same(" , ", " "));
        assertFalse(RegistryText.same("Ministerio de Salud", null));
        assertFalse(RegistryText.same(null, "Ministerio de Salud"));
    }

    @Test
    void aHolderProvesTheFirstAffiliationsYearAndTheLastEmployer() {
        AffiliateRecord holder = holder(1997);
        assertTrue(holder.provenBy(1997, "ministerio de educacion ciencia y tecnologia"));
        assertFalse(holder.provenBy(1998, EMPLOYER));
        assertFalse(holder.provenBy(null, EMPLOYER));
        assertFalse(holder.provenBy(1997, null));
        assertFalse(holder(null).provenBy(null, EMPLOYER), "a record without the year proves nothing");
    }

    @Test
    void aBeneficiaryProvesTheInscriptionsYearAndTheHoldersEmployer() {
        BeneficiaryRecord beneficiary = new BeneficiaryRecord(6, 3, "106305144", "01045693-6", "Rosa Amelia",
                "Guzmán de Orellana", LocalDate.of(1955, 6, 11), Relationship.SPOUSE, null, null, 1981,
                "Ministerio de Obras Públicas y de Transporte");
        assertTrue(beneficiary.provenBy(1981, "ministerio de obras publicas y de transporte"));
        assertFalse(beneficiary.provenBy(1955, "Ministerio de Obras Públicas y de Transporte"), "not the birth year");
        assertFalse(beneficiary.provenBy(1981, "Ministerio de Obras Públicas"));
    }

    private static AffiliateRecord holder(Integer year) {
        return new AffiliateRecord(1, "138702752037", "106959357", "1998-057837", "04512378-8", "José Antonio",
                "Martínez López", LocalDate.of(1978, 3, 14), "M", AffiliateQuality.CONTRIBUTOR, null,
                "jose.martinez@sesep.example", null, EMPLOYER, year);
    }
}
