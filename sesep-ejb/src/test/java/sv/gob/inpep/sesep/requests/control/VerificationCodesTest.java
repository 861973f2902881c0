package sv.gob.inpep.sesep.requests.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationCodesTest {

    @Test
    void codesAreFourGroupsOfFourUnambiguousCharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCodes.next();
            assertTrue(code.matches("[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}"), code);
            assertTrue(seen.add(code), "repeated " + code);
        }
    }

    @Test
    void aCodeTypedLooselyIsRecognised() {
        assertEquals("ABCD-EFGH-JKLM-NPQR", VerificationCodes.normalize(" abcd efgh-jklmnpqr "));
        assertNull(VerificationCodes.normalize("ABCD-EFGH-JKLM"));
        assertNull(VerificationCodes.normalize("ABCD-EFGH-JKLM-NPQ0"), "0 is not in the alphabet");
        assertNull(VerificationCodes.normalize(null));
    }
}
