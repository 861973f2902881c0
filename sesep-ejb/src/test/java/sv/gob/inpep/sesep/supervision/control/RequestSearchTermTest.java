package sv.gob.inpep.sesep.supervision.control;

import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.supervision.control.RequestSearchTerm.Kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestSearchTermTest {

    @Test
    void anSeiNumberIsReadHoweverItIsWritten() {
        RequestSearchTerm expected = new RequestSearchTerm(Kind.SEI, "SEI-2026000123");
        assertEquals(expected, RequestSearchTerm.parse("SEI-2026000123"));
        assertEquals(expected, RequestSearchTerm.parse(" sei2026000123 "), "as in the answer's file name");
        assertEquals(expected, RequestSearchTerm.parse("2026000123"));
        assertEquals(expected, RequestSearchTerm.parse("SEI 2026 000123"));
    }

    @Test
    void nineDigitsAreADuiWrittenWithItsDash() {
        assertEquals(new RequestSearchTerm(Kind.DUI, "04512378-8"), RequestSearchTerm.parse("04512378-8"));
        assertEquals(new RequestSearchTerm(Kind.DUI, "04512378-8"), RequestSearchTerm.parse("045123788"));
    }

    @Test
    void twelveDigitsAreAnNup() {
        assertEquals(new RequestSearchTerm(Kind.NUP, "138702752037"), RequestSearchTerm.parse("1387 0275 2037"));
    }

    /** "04512378-7" above: the demo contributor's DUI with a wrong check digit is no DUI. */
    @Test
    void anythingElseIsRefusedWithTheWayToWriteIt() {
        for (String typed : new String[] {null, "", "   ", "José Martínez", "SEI-123", "12345", "SEI04512378-8",
                "1234567890123", "04512378-7"}) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> RequestSearchTerm.parse(typed), typed);
            assertEquals("error.requestHistory.term", refused.getMessageKey());
        }
    }
}
