package sv.gob.inpep.sesep.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.catalog.boundary.HolidayView;
import sv.gob.inpep.sesep.catalog.boundary.Holidays;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An entity's round trip through a boundary, with the role check the boundary enforces. */
@ExtendWith(ArquillianExtension.class)
class HolidaysIT {

    @Inject
    Holidays holidays;

    @Test
    void anAdministratorAddsAHolidayAndItCountsAsANonBusinessDay() throws Exception {
        LocalDate day = LocalDate.of(2028, 3, 8);   // a Wednesday outside the demo calendar
        HolidayView added = As.user(DemoAccounts.ADMIN, () -> holidays.add(day, "  Asueto de prueba  "));

        List<HolidayView> found = holidays.between(day, day);
        assertEquals(1, found.size());
        assertEquals(added.id(), found.get(0).id());
        assertEquals("Asueto de prueba", found.get(0).name());
        assertTrue(!holidays.calendar(day, day).isBusinessDay(day));

        RuleViolation twice = assertThrows(RuleViolation.class,
                () -> As.user(DemoAccounts.ADMIN, () -> holidays.add(day, "Otra vez")));
        assertEquals("error.holiday.duplicate", twice.getMessageKey());

        As.user(DemoAccounts.ADMIN, () -> {
            holidays.remove(added.id());
            return null;
        });
        assertTrue(holidays.between(day, day).isEmpty());
    }

    @Test
    void onlyAnAdministratorMayChangeTheCalendar() {
        LocalDate day = LocalDate.of(2028, 3, 9);
        assertThrows(EJBAccessException.class,
                () -> As.user(DemoAccounts.CONTRIBUTOR, () -> holidays.add(day, "No autorizado")));
        assertThrows(EJBAccessException.class,
                () -> As.user(DemoAccounts.AGENT, () -> holidays.add(day, "No autorizado")));
        assertTrue(holidays.between(day, day).isEmpty());
    }

    @Test
    void theDemoCalendarKnowsElSalvadorsHolidays() {
        assertTrue(holidays.between(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 15)).size() == 1,
                "Independence Day 2026 is in the calendar");
    }
}
