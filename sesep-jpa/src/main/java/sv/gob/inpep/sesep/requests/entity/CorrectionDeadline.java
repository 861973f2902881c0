package sv.gob.inpep.sesep.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The time an observed request has to be fixed (subsanar): the last business day a correction is
 * taken, fixed when the request is observed and never moved, and the day the reminder mail goes
 * out. Past the last day the request closes as desistida (the manual's activity 26 lets the
 * citizen file a new one). The days are counted by the caller, with the institute's business
 * calendar, because this module does not know the holidays.
 */
@Embeddable
public class CorrectionDeadline {

    /** The last day a correction is taken (included). */
    @Column(name = "correction_due_on")
    private LocalDate dueOn;

    /** The day the reminder goes out; null when the deadline is too close for one to be useful. */
    @Column(name = "correction_remind_on")
    private LocalDate remindOn;

    @Column(name = "correction_reminded_at")
    private LocalDateTime remindedAt;

    protected CorrectionDeadline() {
    }

    public CorrectionDeadline(LocalDate dueOn, LocalDate remindOn) {
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        if (remindOn != null && !remindOn.isBefore(dueOn)) {
            throw new IllegalArgumentException("the reminder must come before the deadline " + dueOn + ", not " + remindOn);
        }
        this.remindOn = remindOn;
    }

    /** Whether {@code today} is past the last day of the correction. */
    public boolean hasLapsed(LocalDate today) {
        return today.isAfter(dueOn);
    }

    /** Whether the reminder should go out on {@code today}: its day has come, it has not gone, the time has not run out. */
    public boolean isReminderDue(LocalDate today) {
        return remindOn != null && remindedAt == null && !today.isBefore(remindOn) && !hasLapsed(today);
    }

    void markReminded(LocalDateTime now) {
        this.remindedAt = Objects.requireNonNull(now, "now");
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getRemindOn() {
        return remindOn;
    }

    public LocalDateTime getRemindedAt() {
        return remindedAt;
    }
}
