package vn.motcua.feedback;

import java.time.LocalDate;

/** One line of the unit's list: the item, the last day of its current step, and how urgent that is. */
public record UnitListLine(FeedbackItem item, LocalDate dueOn, Urgency urgency) {
}
