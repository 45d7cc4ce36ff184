package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Thursday 2026-03-05 10:00 + 3 working days is Tuesday 2026-03-10 10:00 without overrides. */
class CalendarOverridesTest {

    private static final LocalDateTime THURSDAY = LocalDateTime.parse("2026-03-05T10:00");
    private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 7);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);

    @Test
    void makeupSaturdayCountsAsAWorkingDay() {
        WorkingCalendar calendar = calendarWith(CalendarOverride.makeupDay(SATURDAY, "Làm bù cho ngày 2/1"));

        Deadline deadline = calendar.deadline(THURSDAY, TimeAmount.workingDays(3));

        assertThat(deadline.due()).isEqualTo(LocalDateTime.parse("2026-03-09T10:00"));
        assertThat(deadline.days()).extracting(d -> d.date().toString(), CalendarDay::kind)
                .containsExactly(tuple("2026-03-07", DayKind.MAKEUP_WORKING_DAY), tuple("2026-03-08", DayKind.WEEKEND));
    }

    @Test
    void extraDayOffIsSkipped() {
        WorkingCalendar calendar = calendarWith(CalendarOverride.dayOff(FRIDAY, "Nghỉ hoán đổi"));

        Deadline deadline = calendar.deadline(THURSDAY, TimeAmount.workingDays(3));

        assertThat(deadline.due()).isEqualTo(LocalDateTime.parse("2026-03-11T10:00"));
        assertThat(deadline.days()).first().isEqualTo(new CalendarDay(FRIDAY, DayKind.EXTRA_DAY_OFF, "Nghỉ hoán đổi"));
    }

    @Test
    void daysOfListsOverridesAmongTheHolidays() {
        WorkingCalendar calendar = calendarWith(
                CalendarOverride.makeupDay(SATURDAY, "Làm bù"), CalendarOverride.dayOff(FRIDAY, "Nghỉ thêm"));

        assertThat(calendar.daysOf(2026)).extracting(d -> d.kind().code()).containsSubsequence(
                "holiday", "extra_day_off", "makeup_working_day", "holiday");
        assertThat(calendar.isWorkingDay(SATURDAY)).isTrue();
        assertThat(calendar.isWorkingDay(FRIDAY)).isFalse();
    }

    @ParameterizedTest(name = "{1} on {0} is rejected: {2}")
    @CsvSource({
        "2026-03-06, MAKEUP_WORKING_DAY, must be a non-working day",
        "2026-03-07, EXTRA_DAY_OFF, already off (Thứ Bảy)",
        "2026-02-17, EXTRA_DAY_OFF, already off (Tết Nguyên đán)",
    })
    void overrideMustChangeItsDay(LocalDate date, DayKind kind, String message) {
        WorkingCalendar calendar = calendarWith(new CalendarOverride(date, kind, "Quyết định"));

        assertThatThrownBy(() -> calendar.isWorkingDay(date))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        assertThatThrownBy(() -> WorkingCalendar.standard().validateOverrides(2026,
                List.of(new CalendarOverride(date, kind, "Quyết định"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void rejectsTwoOverridesOfOneDateAndOverridesOfAnotherKind() {
        assertThatThrownBy(() -> WorkingCalendar.standard().validateOverrides(2026, List.of(
                CalendarOverride.makeupDay(SATURDAY, "Làm bù"), CalendarOverride.dayOff(SATURDAY, "Nghỉ"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("More than one override");
        assertThatThrownBy(() -> new CalendarOverride(SATURDAY, DayKind.HOLIDAY, "Lễ"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reloadPicksUpAnAdministratorsEdit() {
        List<CalendarOverride> stored = new ArrayList<>();
        WorkingCalendar calendar = new WorkingCalendar(
                WorkingHours.standard(), HolidayRules.defaults(), year -> List.copyOf(stored));
        assertThat(calendar.isWorkingDay(SATURDAY)).isFalse();

        stored.add(CalendarOverride.makeupDay(SATURDAY, "Làm bù"));
        calendar.reload(2026);

        assertThat(calendar.isWorkingDay(SATURDAY)).isTrue();
    }

    private static WorkingCalendar calendarWith(CalendarOverride... overrides) {
        return new WorkingCalendar(WorkingHours.standard(), HolidayRules.defaults(), CalendarOverrides.of(overrides));
    }
}
