package sv.gob.inpep.sesep.web;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentLogTest {

    @Test
    void idsHaveTheShapeTheErrorPageAccepts() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = IncidentLog.newId();
            assertTrue(IncidentLog.isIncidentId(id), id);
            seen.add(id);
        }
        assertTrue(seen.size() > 990, "ids should practically never repeat");
    }

    @Test
    void theErrorPageRefusesAnythingElse() {
        assertFalse(IncidentLog.isIncidentId(null));
        assertFalse(IncidentLog.isIncidentId(""));
        assertFalse(IncidentLog.isIncidentId("ABCD2345X"));
        assertFalse(IncidentLog.isIncidentId("abcd2345"));
        assertFalse(IncidentLog.isIncidentId("ABCD0123")); // 0 and 1 are not in the alphabet
        assertFalse(IncidentLog.isIncidentId("<script>"));
    }
}
