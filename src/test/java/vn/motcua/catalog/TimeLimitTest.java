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
        assertThat(new TimeLimit(1, unit, null).forCalendar().unit().code()).isEqualTo(unit.code());
    }

    @ParameterizedTest
    @CsvSource({
        "3, working_days, 2026-02-24T10:00",
        "3, days, 2026-02-23T10:00",
        "3, working_hours, 2026-02-12T15:00"
    })
    void aPublishedLimitGivesTheDeadlineOnTheWorkingCalendar(int value, String unit, String due) {
        TimeLimit limit = new TimeLimit(value, Coded.parse(TimeUnit.class, unit), "");
        assertThat(WorkingCalendar.standard().deadline(LocalDateTime.parse("2026-02-12T10:00"), limit.forCalendar())
                .due()).isEqualTo(LocalDateTime.parse(due));
    }
}
