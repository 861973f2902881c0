package sv.gob.inpep.sesep.catalog.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusinessCalendarTest {

    // Holy Week 2026: Thursday 2 and Friday 3 April.
    private final BusinessCalendar calendar = new BusinessCalendar(Set.of(
            LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 3)));

    @Test
    void weekendsAndHolidaysAreNotBusinessDays() {
        assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 11, 21)));   // Saturday
        assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 4, 2)));     // Holy Thursday
        assertTrue(calendar.isBusinessDay(LocalDate.of(2026, 11, 23)));    // Monday
    }

    @Test
    void aTargetOfFiveBusinessDaysSkipsTheHolyWeekHolidaysAndTheWeekend() {
        // Filed Tuesday 31 March: Wed 1, Mon 6, Tue 7, Wed 8, Thu 9.
        assertEquals(LocalDate.of(2026, 4, 9), calendar.plusBusinessDays(LocalDate.of(2026, 3, 31), 5));
    }

    @Test
    void elapsedBusinessDaysCountDaysAfterTheStart() {
        assertEquals(0, calendar.businessDaysBetween(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)));
        assertEquals(2, calendar.businessDaysBetween(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25)));
        assertEquals(5, calendar.businessDaysBetween(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 9)));
        assertEquals(-2, calendar.businessDaysBetween(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 23)));
    }

    @Test
    void aReminderTwoBusinessDaysBeforeADueDateSkipsTheHolidaysBackwards() {
        // Due Monday 6 April 2026: Friday 3 and Thursday 2 are holidays, so Wednesday 1 and Tuesday 31 March.
        assertEquals(LocalDate.of(2026, 3, 31), calendar.minusBusinessDays(LocalDate.of(2026, 4, 6), 2));
        assertEquals(LocalDate.of(2026, 4, 6), calendar.minusBusinessDays(LocalDate.of(2026, 4, 6), 0));
    }
}
