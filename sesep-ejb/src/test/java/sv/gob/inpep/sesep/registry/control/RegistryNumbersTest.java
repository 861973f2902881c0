package sv.gob.inpep.sesep.registry.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryNumbersTest {

    @Test
    void aDuiIsWrittenAsTheRegistryWritesItHoweverItWasTyped() {
        assertEquals("04512378-8", RegistryNumbers.canonicalDui("04512378-8"));
        assertEquals("04512378-8", RegistryNumbers.canonicalDui("045123788"));
        assertEquals("04512378-8", RegistryNumbers.canonicalDui(" 0451 2378 - 8 "));
    }

    @Test
    void aDuiWithAWrongCheckDigitOrShapeIsNotADui() {
        assertNull(RegistryNumbers.canonicalDui("04512378-7"));
        assertNull(RegistryNumbers.canonicalDui("4512378-8"));
        assertNull(RegistryNumbers.canonicalDui("0451237a-8"));
        assertNull(RegistryNumbers.canonicalDui(null));
        assertTrue(RegistryNumbers.isValidDui("01287456-2"));
        assertTrue(RegistryNumbers.isValidDui("01045693-6"));
        assertFalse(RegistryNumbers.isValidDui("01045693-5"));
    }

    @Test
    void nupAndMatriculaKeepOnlyTheirDigits() {
        assertEquals("138702752037", RegistryNumbers.digits("1387 0275 2037"));
        assertEquals("106959357", RegistryNumbers.digits("106-959-357"));
        assertEquals("", RegistryNumbers.digits(null));
    }
}
