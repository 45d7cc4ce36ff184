package vn.motcua.feedback;

import java.time.LocalDate;
import vn.motcua.calendar.WorkingCalendar;

/**
 * The last day of the unit's current step on the working calendar (whole working days, the day the
 * step's time started not counted, as the index counts 6.1): a received item must be accepted or
 * refused within the refusal's limit, an accepted one answered within the answer's, counted from
 * receipt or from the day the information asked for came; an answer published within its own.
 */
public final class FeedbackDeadlines {

    private final WorkingCalendar calendar;
    private final FeedbackLimits limits;

    public FeedbackDeadlines(WorkingCalendar calendar, FeedbackLimits limits) {
        this.calendar = calendar;
        this.limits = limits;
    }

    /**
     * @param clockStarted the day the unit's time started (receipt, or the information added)
     * @param answered the day of the answer, null before it
     * @return the last day of the current step; null when nothing is the unit's to do
     */
    public LocalDate dueOn(FeedbackStatus status, LocalDate clockStarted, LocalDate answered) {
        return switch (status) {
            case RECEIVED -> calendar.workingDaysFrom(clockStarted, limits.refuse());
            case ACCEPTED -> calendar.workingDaysFrom(clockStarted, limits.answer());
            case ANSWERED -> calendar.workingDaysFrom(answered, limits.publish());
            case AWAITING_INFORMATION, REFUSED, PUBLISHED -> null;
        };
    }

    /** The last day to ask for more information: after it, a question comes late. */
    public LocalDate askBy(LocalDate clockStarted) {
        return calendar.workingDaysFrom(clockStarted, limits.askForInformation());
    }

    /** Overdue once the last day is over; near when it is today or the next working day. */
    public Urgency urgency(LocalDate due, LocalDate today) {
        if (due == null) {
            return Urgency.NONE;
        }
        if (today.isAfter(due)) {
            return Urgency.OVERDUE;
        }
        return due.isAfter(calendar.workingDaysFrom(today, 1)) ? Urgency.IN_TIME : Urgency.NEAR;
    }
}
