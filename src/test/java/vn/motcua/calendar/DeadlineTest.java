package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineTest {

    private final WorkingCalendar calendar = WorkingCalendar.standard();

    @ParameterizedTest(name = "{0} + {1} {2} = {3}")
    @CsvSource({
        // Tết 2026 is 16–20 Feb, between two weekends
        "2026-02-12T10:00, 3, working_days, 2026-02-24T10:00",
        // one working day from the opening ends the same evening, not the next morning
        "2026-03-02T07:00, 1, working_days, 2026-03-02T17:00",
        "2026-03-02T10:00, 5, working_days, 2026-03-09T10:00",
        // across New Year's Day 2027 (a Friday)
        "2026-12-28T10:00, 5, working_days, 2027-01-05T10:00",
        // 10:00–11:30 is 1.5 h, the other 2.5 h run from 13:30
        "2026-03-02T10:00, 4, working_hours, 2026-03-02T16:00",
        "2026-03-02T16:00, 2, working_hours, 2026-03-03T08:00",
        // Friday 16:59 is still inside working hours: one minute Friday, the rest on Monday
        "2026-03-06T16:59, 1, working_hours, 2026-03-09T07:59",
        // after hours counts from the next working period
        "2026-03-06T17:30, 1, working_days, 2026-03-09T17:00",
        "2026-03-02T12:00, 1, working_hours, 2026-03-02T14:30",
        "2026-03-07T09:00, 2, working_hours, 2026-03-09T09:00",
        // calendar days keep the time of day and move off non-working days
        "2026-03-02T10:00, 3, days, 2026-03-05T10:00",
        "2026-03-02T10:00, 5, days, 2026-03-09T10:00",
        "2026-04-20T09:00, 10, days, 2026-05-04T09:00",
        "2026-03-06T17:30, 2, days, 2026-03-11T07:00",
        "2026-03-02T10:00, 0, working_days, 2026-03-02T10:00",
    })
    void dueMoment(LocalDateTime received, int value, String unit, LocalDateTime due) {
        TimeAmount limit = new TimeAmount(value, DurationUnit.fromCode(unit));
        assertThat(calendar.deadline(received, limit).due()).isEqualTo(due);
    }

    @Test
    void explainsTheDaysSkippedForTet() {
        Deadline deadline = calendar.deadline(LocalDateTime.parse("2026-02-12T10:00"), TimeAmount.workingDays(3));

        assertThat(deadline.start()).isEqualTo(deadline.received());
        assertThat(deadline.days()).extracting(d -> d.date().toString(), CalendarDay::kind, CalendarDay::name)
                .containsExactly(
                        tuple("2026-02-14", DayKind.WEEKEND, "Thứ Bảy"),
                        tuple("2026-02-15", DayKind.WEEKEND, "Chủ nhật"),
                        tuple("2026-02-16", DayKind.HOLIDAY, "Tết Nguyên đán"),
                        tuple("2026-02-17", DayKind.HOLIDAY, "Tết Nguyên đán"),
                        tuple("2026-02-18", DayKind.HOLIDAY, "Tết Nguyên đán"),
                        tuple("2026-02-19", DayKind.HOLIDAY, "Tết Nguyên đán"),
                        tuple("2026-02-20", DayKind.HOLIDAY, "Tết Nguyên đán"),
                        tuple("2026-02-21", DayKind.WEEKEND, "Thứ Bảy"),
                        tuple("2026-02-22", DayKind.WEEKEND, "Chủ nhật"));
    }

    @Test
    void receivedAfterHoursStartsAtTheNextWorkingPeriodAndSaysWhy() {
        Deadline deadline = calendar.deadline(LocalDateTime.parse("2026-03-06T17:30"), TimeAmount.workingDays(1));

        assertThat(deadline.start()).isEqualTo(LocalDateTime.parse("2026-03-09T07:00"));
        assertThat(deadline.days()).extracting(CalendarDay::name).containsExactly("Thứ Bảy", "Chủ nhật");
    }

    @Test
    void calendarDaysLandingOnAHolidayNameIt() {
        Deadline deadline = calendar.deadline(LocalDateTime.parse("2026-04-20T09:00"), TimeAmount.calendarDays(10));

        assertThat(deadline.days()).extracting(CalendarDay::name).containsExactly(
                // Hùng Kings Day 2026 is a Sunday, so Monday 27 April is its substitute
                "Thứ Bảy", "Giỗ Tổ Hùng Vương", "Nghỉ bù Giỗ Tổ Hùng Vương",
                "Ngày Chiến thắng", "Ngày Quốc tế Lao động", "Thứ Bảy", "Chủ nhật");
    }

    @Test
    void rejectsNegativeLimitsUnknownUnitsAndYearsOutOfRange() {
        assertThatThrownBy(() -> TimeAmount.workingDays(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> DurationUnit.fromCode("weeks"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weeks");
        assertThatThrownBy(() -> calendar.deadline(LocalDateTime.parse("2199-12-30T10:00"), TimeAmount.workingDays(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2200");
    }

    @ParameterizedTest
    @CsvSource({"WORKING_DAYS, working_days", "CALENDAR_DAYS, days", "WORKING_HOURS, working_hours"})
    void unitCodesRoundTrip(DurationUnit unit, String code) {
        assertThat(unit.code()).isEqualTo(code);
        assertThat(DurationUnit.fromCode(code)).isEqualTo(unit);
    }
}
