package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** One stretch of working time in a day (buổi làm việc), e.g. 07:00–11:30. */
public record WorkPeriod(LocalTime start, LocalTime end) {

    public WorkPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A work period must start before it ends: " + start + "–" + end);
        }
    }

    public static WorkPeriod of(String start, String end) {
        return new WorkPeriod(LocalTime.parse(start), LocalTime.parse(end));
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
