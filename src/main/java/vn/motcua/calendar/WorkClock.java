package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Arithmetic on working time: moments are walked day by day through the cached day tables. */
final class WorkClock {

    private final YearTables tables;
    private final LocalTime dayStart;
    private final long[] starts;
    private final long[] ends;
    private final long dayNanos;

    WorkClock(WorkingHours hours, YearTables tables) {
        this.tables = tables;
        this.dayStart = hours.dayStart();
        this.starts = hours.periods().stream().mapToLong(p -> p.start().toNanoOfDay()).toArray();
        this.ends = hours.periods().stream().mapToLong(p -> p.end().toNanoOfDay()).toArray();
        this.dayNanos = hours.dayLength().toNanos();
    }

    /** The moment itself if inside a work period, else the start of the next one. */
    LocalDateTime nextWorkingStart(LocalDateTime moment) {
        LocalDate date = moment.toLocalDate();
        long time = moment.toLocalTime().toNanoOfDay();
        if (tables.isWorking(date)) {
            for (int p = 0; p < starts.length; p++) {
                if (time < ends[p]) {
                    return time < starts[p] ? date.atTime(LocalTime.ofNanoOfDay(starts[p])) : moment;
                }
            }
        }
        return tables.nextWorkingDay(date).atTime(dayStart);
    }

    /**
     * The moment {@code amount} of working time after {@code from}. Ends at a period's end rather
     * than the next period's start, so one working day from 07:00 is 17:00 the same day.
     */
    LocalDateTime advance(LocalDateTime from, Duration amount) {
        long remaining = amount.toNanos();
        if (remaining == 0) {
            return from;
        }
        LocalDate date = from.toLocalDate();
        long time = from.toLocalTime().toNanoOfDay();
        while (true) {
            if (tables.isWorking(date)) {
                if (time <= starts[0] && remaining > dayNanos) {
                    remaining -= dayNanos;
                } else {
                    for (int p = 0; p < starts.length; p++) {
                        long begin = Math.max(time, starts[p]);
                        if (begin < ends[p] && remaining <= ends[p] - begin) {
                            return date.atTime(LocalTime.ofNanoOfDay(begin + remaining));
                        }
                        remaining -= Math.max(0, ends[p] - begin);
                    }
                }
            }
            date = date.plusDays(1);
            time = 0;
        }
    }

    /** Working time between two moments. */
    Duration between(LocalDateTime from, LocalDateTime to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Cannot measure working time from " + from + " back to " + to);
        }
        long total = 0;
        LocalDate last = to.toLocalDate();
        for (LocalDate date = from.toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            if (tables.isWorking(date)) {
                long lower = date.equals(from.toLocalDate()) ? from.toLocalTime().toNanoOfDay() : 0;
                long upper = date.equals(last) ? to.toLocalTime().toNanoOfDay() : Long.MAX_VALUE;
                total += workedWithin(lower, upper);
            }
        }
        return Duration.ofNanos(total);
    }

    private long workedWithin(long lower, long upper) {
        long worked = 0;
        for (int p = 0; p < starts.length; p++) {
            worked += Math.max(0, Math.min(ends[p], upper) - Math.max(starts[p], lower));
        }
        return worked;
    }
}
