package sv.gob.inpep.sesep.catalog.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Business days ("días hábiles") as the institute counts them: Monday to Friday, except holidays.
 * Service levels (SLA targets, the share attended within target, average days), the statutory
 * clock and the time to fix an observed request are all measured with this one class.
 */
public final class BusinessCalendar {

    private final Set<LocalDate> holidays;

    public BusinessCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The date {@code days} business days after {@code start} (the due date of a target). */
    public LocalDate plusBusinessDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The business day {@code days} business days before {@code end} (a reminder ahead of a due date). */
    public LocalDate minusBusinessDays(LocalDate end, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = end;
        int counted = 0;
        while (counted < days) {
            date = date.minusDays(1);
            if (isBusinessDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * Business days elapsed from {@code from} to {@code to}: a request filed on Monday and attended
     * on Wednesday took 2; the same day, 0.
     */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        int days = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isBusinessDay(date)) {
                days++;
            }
        }
        return days;
    }
}
