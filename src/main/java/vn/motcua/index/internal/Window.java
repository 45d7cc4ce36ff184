package vn.motcua.index.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.motcua.index.Period;

/**
 * A period seen at a moment: what had happened in it by {@code now}. A period still running is
 * judged as of now; a closed one as of its end, so a closed month's score does not change when
 * its dossiers finish later.
 *
 * @param period the period
 * @param now the moment the index is computed
 */
public record Window(Period period, LocalDateTime now) {

    /** Midnight starting the first day. */
    public LocalDateTime start() {
        return period.from().atStartOfDay();
    }

    /** Midnight ending the last day (exclusive). */
    public LocalDateTime end() {
        return period.to().plusDays(1).atStartOfDay();
    }

    /** The moment things are judged at: now, or the period's end once it is over. */
    public LocalDateTime asOf() {
        return now.isBefore(end()) ? now : end();
    }

    public boolean closed() {
        return !now.isBefore(end());
    }

    /** The moment happened before the period ended and is not in the future. */
    public boolean happenedBy(LocalDateTime moment) {
        return moment != null && moment.isBefore(end()) && !moment.isAfter(now);
    }

    /** The moment lies in the period and is not in the future. */
    public boolean includes(LocalDateTime moment) {
        return happenedBy(moment) && !moment.isBefore(start());
    }

    /** The day is neither after the period nor after today. */
    public boolean dayReached(LocalDate day) {
        return day != null && !day.isAfter(period.to()) && !day.isAfter(now.toLocalDate());
    }

    /** The day lies in the period and is not after today. */
    public boolean includes(LocalDate day) {
        return dayReached(day) && !day.isBefore(period.from());
    }

    /** The day lies in the period, today or in the future alike. */
    public boolean spans(LocalDate day) {
        return !day.isBefore(period.from()) && !day.isAfter(period.to());
    }

    /** The whole day is behind the moment things are judged at: a deadline on it has passed. */
    public boolean dayOver(LocalDate day) {
        return !day.plusDays(1).atStartOfDay().isAfter(asOf());
    }
}
