package vn.motcua.integration.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.TimeUnit;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.index.DossierFacts.Timeline;

/**
 * The index timeline (mốc thời gian) of an imported dossier, from the portal's moments and its
 * supplement requests, on the province's working calendar.
 *
 * <ul>
 * <li>done = NgayKetThucXuLy for statuses 9 and 10; returned = NgayTra for 10; stopped or refused =
 *     NgayTuChoi, else NgayKetThucXuLy, for 3 and 8.
 * <li>The appointment is NgayHenTra as printed on the receipt, moved later by the working time between
 *     each answered supplement request and its answer — as Motcua moves a live dossier's appointment
 *     when the applicant answers. An unanswered request moves nothing (yet).
 * <li>Without NgayHenTra the index compares worked time with the procedure's limit: worked time runs
 *     from the receipt to the finish (or to the import for an open dossier), less the time the
 *     applicant held the dossier (an unanswered request pauses until that end).
 * </ul>
 */
final class HistoryTimeline {

    private final WorkingCalendar calendar;
    private final LocalDateTime importedAt;

    HistoryTimeline(WorkingCalendar calendar, LocalDateTime importedAt) {
        this.calendar = calendar;
        this.importedAt = importedAt;
    }

    Timeline of(DossierStatus status, PortalMoments moments, List<Supplement> supplements, TimeLimit limit) {
        boolean resultOut = status == DossierStatus.DONE || status == DossierStatus.RETURNED;
        LocalDateTime done = resultOut ? moments.processingEnded() : null;
        LocalDateTime returned = status == DossierStatus.RETURNED ? moments.returned() : null;
        LocalDateTime stopped = status == DossierStatus.REFUSED || status == DossierStatus.STOPPED
                ? firstOf(moments.refused(), moments.processingEnded()) : null;
        LocalDateTime appointment = moved(moments.appointment(), supplements);
        Duration worked = null;
        Duration timeLimit = null;
        if (appointment == null) {
            LocalDateTime end = firstOf(done, firstOf(returned, firstOf(stopped, importedAt)));
            worked = workedTime(moments.received(), end, supplements);
            timeLimit = asWorkingTime(limit, moments.received());
        }
        return new Timeline(moments.submitted(), moments.received(), appointment, done, returned, stopped,
                supplements.size(), false, worked, timeLimit);
    }

    private LocalDateTime moved(LocalDateTime appointment, List<Supplement> supplements) {
        if (appointment == null) {
            return null;
        }
        List<Supplement> answered = supplements.stream().filter(Supplement::answered).toList();
        Duration paused = paused(answered, LocalDateTime.MIN, LocalDateTime.MAX);
        // Adding nothing would still move an appointment outside office hours to the next working moment.
        return paused.isZero() ? appointment : calendar.addWorkingTime(appointment, paused);
    }

    /** Not received: the clock never ran. */
    private Duration workedTime(LocalDateTime received, LocalDateTime end, List<Supplement> supplements) {
        if (received == null || !end.isAfter(received)) {
            return Duration.ZERO;
        }
        Duration worked = calendar.workingTimeBetween(received, end).minus(paused(supplements, received, end));
        return worked.isNegative() ? Duration.ZERO : worked;
    }

    /**
     * Working time inside the pauses, each cut to [from, to]; an unanswered one lasts until {@code to}.
     * Overlapping pauses count once.
     */
    private Duration paused(List<Supplement> supplements, LocalDateTime from, LocalDateTime to) {
        Duration total = Duration.ZERO;
        LocalDateTime counted = from;
        for (Supplement pause : sortedByRequest(supplements)) {
            LocalDateTime start = later(pause.requested(), counted);
            LocalDateTime end = pause.answered() && pause.supplied().isBefore(to) ? pause.supplied() : to;
            if (end.isAfter(start)) {
                total = total.plus(calendar.workingTimeBetween(start, end));
                counted = end;
            }
        }
        return total;
    }

    /**
     * The procedure's limit as working time. Once received: the working time between the receipt and
     * the due moment the limit gives from it — exactly N × 8 working hours for N working days, and the
     * real working time for calendar days and same-day procedures. Not received: N working days (or
     * calendar days) are N × the working day's length, hours are hours.
     */
    private Duration asWorkingTime(TimeLimit limit, LocalDateTime received) {
        if (limit == null) {
            return null;
        }
        if (received != null) {
            return calendar.workingTimeBetween(received, limit.dueFrom(received, calendar).due());
        }
        return limit.unit() == TimeUnit.WORKING_HOURS ? Duration.ofHours(limit.value())
                : calendar.workingHours().dayLength().multipliedBy(limit.value());
    }

    private static List<Supplement> sortedByRequest(List<Supplement> supplements) {
        List<Supplement> sorted = new ArrayList<>(supplements);
        sorted.sort(Comparator.comparing(Supplement::requested));
        return sorted;
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime firstOf(LocalDateTime preferred, LocalDateTime otherwise) {
        return preferred != null ? preferred : otherwise;
    }
}
