package sv.gob.inpep.sesep.assignment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sv.gob.inpep.sesep.catalog.boundary.Holidays;
import sv.gob.inpep.sesep.catalog.control.BusinessCalendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Aging of waiting tickets: when a request is due, and how urgent its ticket is today.
 * <p>
 * A request is due on the day its service's target (business days) ends, counted from the
 * filing, as the service levels count it: a request attended on or before that day is within
 * target. A transfer or a fix after an observation does not move it. A waiting ticket's urgency
 * is 0 while more than {@code horizon} business days remain, then rises by one each business day:
 * 1 with {@code horizon} days left, up to {@code horizon + 1} on the due day and after it. The claim
 * orders by priority, then urgency, then age, so within a priority a request near its due date
 * no longer waits behind newer ones, while an abandoned ticket (higher priority) still comes first
 * (activity 35). Urgency is stored on the ticket (set when it is queued, raised by
 * {@code AgingTickets} as days pass), so the claim stays one indexed query.
 */
@Dependent
public class QueueAging {

    /**
     * Business days before the due date when a ticket starts to rise. In the simulation
     * ({@code AgingSimulation} in the tests, March 2027) every horizon from 1 to 5 kept more
     * requests within target than no aging (3: 96.0 % against 94.0 %; short-staffed 93.3 % against
     * 80.5 %); 5 did slightly better still (96.2 %, 94.1 %).
     */
    @Inject
    @ConfigProperty(name = "sesep.assignment.aging-business-days", defaultValue = "3")
    int horizon;

    @Inject
    Holidays holidays;

    /** A ticket's due date and its urgency on a day. */
    public record Schedule(LocalDate dueOn, int urgency) {
    }

    /** When a request filed at {@code filedAt} for a service with that target is due, and its urgency {@code today}. */
    public Schedule schedule(LocalDateTime filedAt, int targetBusinessDays, LocalDate today) {
        LocalDate filed = filedAt.toLocalDate();
        BusinessCalendar calendar = calendar(filed.isBefore(today) ? filed : today,
                latestPossibleDue(filed.isAfter(today) ? filed : today, targetBusinessDays));
        LocalDate due = calendar.plusBusinessDays(filed, targetBusinessDays);
        return new Schedule(due, urgency(calendar, horizon, due, today));
    }

    /** The holiday calendar over a span, for computing many due dates at once. */
    public BusinessCalendar calendar(LocalDate from, LocalDate to) {
        return holidays.calendar(from, to);
    }

    /** Highest urgency: the due day or after it. */
    public int levels() {
        return horizon + 1;
    }

    /** Tickets due on or before this day have at least urgency {@code level} (1 … {@link #levels()}) today. */
    public LocalDate dueBy(int level, LocalDate today) {
        if (level < 1 || level > levels()) {
            throw new IllegalArgumentException("urgency level out of range: " + level);
        }
        return calendar(today, latestPossibleDue(today, horizon)).plusBusinessDays(today, levels() - level);
    }

    /**
     * The rule itself, on a calendar: 0 with more than {@code horizon} business days left, then one
     * more per business day that passes, {@code horizon + 1} from the due day on.
     */
    public static int urgency(BusinessCalendar calendar, int horizon, LocalDate due, LocalDate today) {
        int left = calendar.businessDaysBetween(today, due);
        if (left > horizon) {
            return 0;
        }
        return horizon + 1 - Math.max(left, 0);
    }

    /** A day no target of that many business days can end after: every holiday before it is loaded. */
    private static LocalDate latestPossibleDue(LocalDate from, int businessDays) {
        return from.plusDays(2L * businessDays + 60);
    }
}
