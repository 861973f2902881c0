package sv.gob.inpep.sesep.assignment.control;

import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.catalog.control.BusinessCalendar;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The aging rule: urgency rises one step per business day within the horizon, weekends and holidays not counting. */
class QueueAgingTest {

    /** Holy week 2027: Monday 22 to Saturday 27 March are holidays. */
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(Set.of(LocalDate.of(2027, 3, 22),
            LocalDate.of(2027, 3, 23), LocalDate.of(2027, 3, 24), LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 26),
            LocalDate.of(2027, 3, 27)));

    @Test
    void urgencyRisesOneStepPerBusinessDayFromTheHorizonToTheDueDay() {
        LocalDate due = CALENDAR.plusBusinessDays(LocalDate.of(2027, 3, 10), 5);
        assertEquals(LocalDate.of(2027, 3, 17), due, "Wednesday 10 plus five business days");
        assertEquals(0, QueueAging.urgency(CALENDAR, 3, due, LocalDate.of(2027, 3, 11)), "four business days left");
        assertEquals(1, QueueAging.urgency(CALENDAR, 3, due, LocalDate.of(2027, 3, 12)), "three left (Friday)");
        assertEquals(1, QueueAging.urgency(CALENDAR, 3, due, LocalDate.of(2027, 3, 13)), "the weekend does not count");
        assertEquals(2, QueueAging.urgency(CALENDAR, 3, due, LocalDate.of(2027, 3, 15)));
        assertEquals(3, QueueAging.urgency(CALENDAR, 3, due, LocalDate.of(2027, 3, 16)));
        assertEquals(4, QueueAging.urgency(CALENDAR, 3, due, due), "the due day: the highest");
        assertEquals(4, QueueAging.urgency(CALENDAR, 3, due, LocalDate.of(2027, 4, 5)), "overdue stays the highest");
    }

    @Test
    void holidaysDoNotCountTowardsTheDueDate() {
        LocalDate due = CALENDAR.plusBusinessDays(LocalDate.of(2027, 3, 18), 3);
        assertEquals(LocalDate.of(2027, 3, 30), due, "Friday 19, then Holy week, then Monday 29 and Tuesday 30");
        assertEquals(2, QueueAging.urgency(CALENDAR, 3, due, LocalDate.of(2027, 3, 22)),
                "two business days left all through the closure");
        assertEquals(2, QueueAging.urgency(CALENDAR, 3, due, LocalDate.of(2027, 3, 26)));
        assertEquals(0, QueueAging.urgency(CALENDAR, 1, due, LocalDate.of(2027, 3, 22)), "a shorter horizon waits longer");
    }
}
