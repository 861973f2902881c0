package sv.gob.inpep.sesep.supervision.control;

import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.catalog.control.BusinessCalendar;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketsAtRiskTest {

    /** September 2026: Tuesday 15th is Independence Day. */
    private static final BusinessCalendar SEPTEMBER = new BusinessCalendar(Set.of(LocalDate.of(2026, 9, 15)));

    @Test
    void theCutOffIsTheLastFilingDueByTheLimitAcrossTheWeekendAndTheHoliday() {
        // Due by Wednesday 16th with a target of 5 business days: filed Tuesday 8th (9, 10, 11, 14, 16)
        // is the last; Wednesday 9th would be due Thursday 17th.
        assertEquals(LocalDate.of(2026, 9, 8), TicketsAtRisk.lastFiling(SEPTEMBER, 5, LocalDate.of(2026, 9, 16)));
        // A limit on a Sunday, target 1: filed Thursday 10th is due Friday 11th; Friday's is due Monday.
        assertEquals(LocalDate.of(2026, 9, 10), TicketsAtRisk.lastFiling(SEPTEMBER, 1, LocalDate.of(2026, 9, 13)));
    }

    @Test
    void aScopeNarrowedToAnotherAreaSeesNothing() {
        AreaScope cau = new AreaScope(false, Set.of(1L));
        assertTrue(cau.includes(1L));
        assertFalse(cau.includes(2L));
        assertTrue(cau.narrowedTo(2L).isEmpty());
        assertEquals(cau, cau.narrowedTo(null));
        AreaScope all = new AreaScope(true, Set.of());
        assertTrue(all.includes(2L) && !all.isEmpty());
        assertEquals(Set.of(2L), all.narrowedTo(2L).areaIds());
        assertFalse(AreaScope.NONE.includes(1L));
    }
}
