package vn.motcua.calendar;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A computed due moment (hạn giải quyết, ngày hẹn trả kết quả) that explains itself.
 *
 * @param received the moment given, e.g. when the dossier was received
 * @param start    where counting began: {@code received}, or the next working period's start if
 *                 {@code received} was outside working hours
 * @param due      the due moment
 * @param days     from the received date to the due date, in date order: every non-working day
 *                 (weekend, holiday, substitute or extra day off) and every make-up working day
 * @param pauses   the pauses that moved the due moment later, with the working time of each
 */
public record Deadline(LocalDateTime received, LocalDateTime start, LocalDateTime due,
                       List<CalendarDay> days, List<AppliedPause> pauses) {

    public Deadline {
        days = List.copyOf(days);
        pauses = List.copyOf(pauses);
    }
}
