package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.calendar.WorkingCalendar;

class TimeLimitTest {

    @ParameterizedTest
    @EnumSource(TimeUnit.class)
    void everyPublishedUnitIsOneTheCalendarCountsIn(TimeUnit unit) {
        assertThat(new TimeLimit(1, unit, null, false).forCalendar().unit().code()).isEqualTo(unit.code());
    }

    @ParameterizedTest
    @CsvSource({
        "3, working_days, 2026-02-24T10:00",
        "3, days, 2026-02-23T10:00",
        "3, working_hours, 2026-02-12T15:00"
    })
    void aPublishedLimitGivesTheDeadlineOnTheWorkingCalendar(int value, String unit, String due) {
        TimeLimit limit = new TimeLimit(value, Coded.parse(TimeUnit.class, unit), "", false);
        assertThat(WorkingCalendar.standard().deadline(LocalDateTime.parse("2026-02-12T10:00"), limit.forCalendar())
                .due()).isEqualTo(LocalDateTime.parse(due));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-02T10:00, 2026-03-02T17:00",
        "2026-03-02T14:59, 2026-03-02T17:00",
        "2026-03-02T15:00, 2026-03-03T17:00",
        "2026-02-13T16:30, 2026-02-23T17:00"
    })
    void aSameDayProcedureIsDueTheSameDayBeforeThreeAndTheNextWorkingDayAfter(String received, String due) {
        TimeLimit sameDay = new TimeLimit(1, TimeUnit.WORKING_DAYS, "Trong ngày", true);
        assertThat(sameDay.dueFrom(LocalDateTime.parse(received), WorkingCalendar.standard()).due())
                .isEqualTo(LocalDateTime.parse(due));
    }
}
