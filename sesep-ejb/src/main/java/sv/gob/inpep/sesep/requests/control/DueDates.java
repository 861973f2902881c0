package sv.gob.inpep.sesep.requests.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A request's two clocks as due dates, and the time the citizen has to fix it when observed.
 *
 * @param targetDueOn            the service's own target (SLA): filing plus its business days,
 *                               observed time included, as the service levels count it
 * @param targetDaysLeft         business days from today to the target's due date; negative when overdue
 * @param statutoryDueOn         the limit the law sets: filing plus the service's statutory business
 *                               days, plus the business days spent observed when the service pauses it
 * @param statutoryDaysLeft      the same count for the statutory limit
 * @param statutoryPaused        the request is observed now and its statutory clock stopped: the
 *                               date moves on by one each business day until it is fixed
 * @param pausedBusinessDays     business days the statutory clock has stood still so far
 * @param correctionDueOn        the last day to fix an observed request; null when not observed
 */
public record DueDates(LocalDate targetDueOn, int targetDaysLeft, LocalDate statutoryDueOn, int statutoryDaysLeft,
                       boolean statutoryPaused, int pausedBusinessDays, LocalDate correctionDueOn) implements Serializable {
}
