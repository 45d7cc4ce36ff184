package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameDayDeadlineTest {

    @ParameterizedTest(name = "received {0} → due {1}")
    @CsvSource({
        "2026-03-02T14:59, 2026-03-02T17:00",
        "2026-03-02T15:00, 2026-03-03T17:00",
        "2026-03-02T06:30, 2026-03-02T17:00",
        // lunch break counts as received at 13:30
        "2026-03-02T12:00, 2026-03-02T17:00",
        "2026-03-06T15:30, 2026-03-09T17:00",
        "2026-03-06T17:30, 2026-03-09T17:00",
        "2026-03-07T10:00, 2026-03-09T17:00",
        // the last working day before Tết 2026
        "2026-02-13T15:00, 2026-02-23T17:00",
    })
    void beforeTheCutoffIsDueTheSameDay(LocalDateTime received, LocalDateTime due) {
        assertThat(WorkingCalendar.standard().sameDayDeadline(received).due()).isEqualTo(due);
    }

    @ParameterizedTest(name = "cut-off 16:00: received {0} → due {1}")
    @CsvSource({"2026-03-02T15:30, 2026-03-02T17:00", "2026-03-02T16:00, 2026-03-03T17:00"})
    void cutoffIsConfigurable(LocalDateTime received, LocalDateTime due) {
        WorkingHours hours = WorkingHours.standard().withSameDayCutoff(LocalTime.of(16, 0));
        WorkingCalendar calendar = new WorkingCalendar(hours, HolidayRules.defaults(), CalendarOverrides.none());

        assertThat(calendar.sameDayDeadline(received).due()).isEqualTo(due);
    }
}
