package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Office hours (giờ làm việc): which weekdays are worked, the periods of a working day, the zone
 * local times are in, and the cut-off for same-day procedures (thủ tục giải quyết trong ngày).
 *
 * @param workingDays   weekdays worked; the others are weekly rest days
 * @param periods       the periods of every working day, in order, not overlapping
 * @param zone          zone of every {@code LocalDateTime} the calendar handles
 * @param sameDayCutoff a same-day dossier received before this time is due the same day
 */
public record WorkingHours(Set<DayOfWeek> workingDays, List<WorkPeriod> periods, ZoneId zone, LocalTime sameDayCutoff) {

    public WorkingHours {
        if (workingDays.isEmpty() || periods.isEmpty()) {
            throw new IllegalArgumentException("Working hours need at least one working weekday and one period");
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
        periods = List.copyOf(periods);
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("Work periods must be in order and not overlap: " + periods);
            }
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(sameDayCutoff, "sameDayCutoff");
    }

    /** Monday–Friday, 07:00–11:30 and 13:30–17:00, Asia/Ho_Chi_Minh, same-day cut-off 15:00. */
    public static WorkingHours standard() {
        return new WorkingHours(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(WorkPeriod.of("07:00", "11:30"), WorkPeriod.of("13:30", "17:00")),
                ZoneId.of("Asia/Ho_Chi_Minh"),
                LocalTime.of(15, 0));
    }

    public WorkingHours withSameDayCutoff(LocalTime cutoff) {
        return new WorkingHours(workingDays, periods, zone, cutoff);
    }

    /** Working time in one working day: the length of one "working day" of a time limit. */
    public Duration dayLength() {
        return periods.stream().map(WorkPeriod::length).reduce(Duration.ZERO, Duration::plus);
    }

    public LocalTime dayStart() {
        return periods.getFirst().start();
    }

    public LocalTime dayEnd() {
        return periods.getLast().end();
    }
}
