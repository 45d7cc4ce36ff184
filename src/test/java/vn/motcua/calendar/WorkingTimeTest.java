package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingTimeTest {

    private final WorkingCalendar calendar = WorkingCalendar.standard();

    @ParameterizedTest(name = "{0} counts from {1}")
    @CsvSource({
        "2026-03-06T16:59, 2026-03-06T16:59",
        "2026-03-06T17:00, 2026-03-09T07:00",
        "2026-03-06T17:30, 2026-03-09T07:00",
        "2026-03-02T12:00, 2026-03-02T13:30",
        "2026-03-02T11:30, 2026-03-02T13:30",
        "2026-03-02T06:00, 2026-03-02T07:00",
        "2026-03-07T10:00, 2026-03-09T07:00",
        "2026-02-13T17:00, 2026-02-23T07:00",
    })
    void nextWorkingStart(LocalDateTime moment, LocalDateTime start) {
        assertThat(calendar.nextWorkingStart(moment)).isEqualTo(start);
    }

    @ParameterizedTest(name = "{0} → {1} is {2}")
    @CsvSource({
        "2026-03-02T10:00, 2026-03-02T14:00, PT2H",
        "2026-03-06T16:00, 2026-03-09T08:00, PT2H",
        "2026-03-02T07:00, 2026-03-09T07:00, PT40H",
        "2026-02-13T07:00, 2026-02-24T07:00, PT16H",
        "2026-03-07T08:00, 2026-03-07T12:00, PT0S",
    })
    void workingTimeBetween(LocalDateTime from, LocalDateTime to, Duration expected) {
        assertThat(calendar.workingTimeBetween(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
        "2026-03-06, true", "2026-03-07, false", "2026-03-08, false",
        "2026-02-17, false", "2026-04-27, false", "2026-09-03, false", "2026-09-04, true",
    })
    void isWorkingDay(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void sixDayWeekMakesSaturdayAWorkingDay() {
        WorkingHours hours = new WorkingHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                List.of(WorkPeriod.of("08:00", "12:00")), ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(10, 0));
        WorkingCalendar sixDays = new WorkingCalendar(hours, HolidayRules.defaults(), CalendarOverrides.none());

        assertThat(sixDays.deadline(LocalDateTime.parse("2026-03-06T09:00"), TimeAmount.workingDays(1)).due())
                .isEqualTo(LocalDateTime.parse("2026-03-07T09:00"));
    }

    @Test
    void rejectsMeasuringBackwards() {
        assertThatThrownBy(() -> calendar.workingTimeBetween(
                LocalDateTime.parse("2026-03-02T10:00"), LocalDateTime.parse("2026-03-02T09:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} + {1} of working time = {2}")
    @CsvSource({
        "2026-03-02T10:00, PT2H24M, 2026-03-02T14:24",
        "2026-03-06T16:30, PT1H, 2026-03-09T07:30",
        "2026-02-13T16:00, PT2H, 2026-02-23T08:00",
        "2026-03-07T09:00, PT30M, 2026-03-09T07:30",
        "2026-03-02T10:00, PT0S, 2026-03-02T10:00"
    })
    void addsWorkingTimeAcrossLunchNightsWeekendsAndTet(LocalDateTime from, Duration amount, LocalDateTime expected) {
        assertThat(calendar.addWorkingTime(from, amount)).isEqualTo(expected);
    }
}
