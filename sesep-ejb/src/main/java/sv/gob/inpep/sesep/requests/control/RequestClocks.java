package sv.gob.inpep.sesep.requests.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sv.gob.inpep.sesep.catalog.boundary.Holidays;
import sv.gob.inpep.sesep.catalog.control.BusinessCalendar;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.requests.entity.CorrectionDeadline;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.RequestStatusChange;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;

import java.time.LocalDate;

/**
 * The time limits of a request, in business days of the institute's calendar ({@link Holidays}):
 * the service's target, the statutory limit (which stops while the request is observed, if the
 * service says so), and the time an observed request has to be fixed, with the day of its
 * reminder. The agent's generals, the citizen's pages and the Jefatura's record show the same
 * dates because they all come from here. For many requests at once (a board), build one calendar
 * with {@link Holidays#calendar} and call {@link #dueDates(ServiceRequest, BusinessCalendar, LocalDate)}.
 */
@Dependent
public class RequestClocks {

    /** How far ahead of a date the holidays are read: beyond any time limit a service may have. */
    private static final int YEARS_AHEAD = 2;

    @Inject
    Holidays holidays;

    /** Business days before the last day of a correction that the reminder goes out; 0 for none. */
    @Inject
    @ConfigProperty(name = "sesep.requests.correction-reminder-days", defaultValue = "2")
    int reminderDays;

    /** The deadline for fixing a request of this service observed on {@code observedOn}. */
    public CorrectionDeadline correctionDeadline(CatalogService service, LocalDate observedOn) {
        return correctionDeadline(service.getCorrectionBusinessDays(), reminderDays, calendarFrom(observedOn), observedOn);
    }

    /** The due dates of one request as of {@code today}. */
    public DueDates dueDates(ServiceRequest request, LocalDate today) {
        LocalDate filedOn = request.getFiledAt().toLocalDate();
        return dueDates(request, calendarFrom(filedOn.isBefore(today) ? filedOn : today), today);
    }

    /**
     * The last day is {@code days} business days after the observation (the day of the observation
     * does not count); the reminder {@code reminderDays} business days before it, or none when that
     * would not come after the observation day itself.
     */
    public static CorrectionDeadline correctionDeadline(int days, int reminderDays, BusinessCalendar calendar,
                                                        LocalDate observedOn) {
        LocalDate dueOn = calendar.plusBusinessDays(observedOn, days);
        LocalDate remindOn = reminderDays <= 0 ? null : calendar.minusBusinessDays(dueOn, reminderDays);
        return new CorrectionDeadline(dueOn, remindOn != null && remindOn.isAfter(observedOn) ? remindOn : null);
    }

    /** The due dates of a request with a calendar that covers its filing to well past today. */
    public static DueDates dueDates(ServiceRequest request, BusinessCalendar calendar, LocalDate today) {
        CatalogService service = request.getService();
        LocalDate filedOn = request.getFiledAt().toLocalDate();
        int paused = 0;
        boolean pausedNow = false;
        if (service.isStatutoryPausedWhenObserved()) {
            LocalDate observedOn = null;
            for (RequestStatusChange change : request.getHistory()) {
                if (change.getToStatus() == RequestStatus.OBSERVED) {
                    observedOn = change.getChangedAt().toLocalDate();
                } else if (observedOn != null && change.getFromStatus() == RequestStatus.OBSERVED) {
                    paused += Math.max(0, calendar.businessDaysBetween(observedOn, change.getChangedAt().toLocalDate()));
                    observedOn = null;
                }
            }
            if (observedOn != null) {
                paused += Math.max(0, calendar.businessDaysBetween(observedOn, today));
                pausedNow = true;
            }
        }
        LocalDate targetDueOn = calendar.plusBusinessDays(filedOn, service.getSlaBusinessDays());
        LocalDate statutoryDueOn = calendar.plusBusinessDays(filedOn, service.getStatutoryBusinessDays() + paused);
        CorrectionDeadline correction = request.getStatus() == RequestStatus.OBSERVED ? request.getCorrection() : null;
        return new DueDates(targetDueOn, calendar.businessDaysBetween(today, targetDueOn), statutoryDueOn,
                calendar.businessDaysBetween(today, statutoryDueOn), pausedNow, paused,
                correction == null ? null : correction.getDueOn());
    }

    private BusinessCalendar calendarFrom(LocalDate from) {
        return holidays.calendar(from, from.plusYears(YEARS_AHEAD));
    }
}
