package vn.motcua.organization;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.motcua.calendar.HolidayRules;
import vn.motcua.calendar.NationalDayAdjacency;
import vn.motcua.calendar.WorkPeriod;
import vn.motcua.calendar.WorkingHours;

/**
 * The province's office hours and holiday settings ({@code motcua.calendar.*}); the defaults are
 * those of DOMAIN.md §5.
 *
 * @param zone time zone of every local time
 * @param workingDays weekdays worked
 * @param periods the periods of a working day, e.g. {@code 07:00-11:30,13:30-17:00}
 * @param sameDayCutoff same-day dossiers received before this time are returned that day
 * @param tetDaysBeforeNewYear Tết days off before the lunar new year
 * @param tetDaysAfterNewYear Tết days off from the lunar new year on
 * @param nationalDayAdjacency which day beside 2 September is off
 */
@ConfigurationProperties("motcua.calendar")
public record CalendarSettings(ZoneId zone, Set<DayOfWeek> workingDays, String periods, LocalTime sameDayCutoff,
        Integer tetDaysBeforeNewYear, Integer tetDaysAfterNewYear, NationalDayAdjacency nationalDayAdjacency) {

    public CalendarSettings {
        WorkingHours standard = WorkingHours.standard();
        HolidayRules defaults = HolidayRules.defaults();
        zone = zone == null ? standard.zone() : zone;
        workingDays = workingDays == null || workingDays.isEmpty() ? standard.workingDays() : workingDays;
        periods = periods == null || periods.isBlank() ? "07:00-11:30,13:30-17:00" : periods;
        sameDayCutoff = sameDayCutoff == null ? standard.sameDayCutoff() : sameDayCutoff;
        tetDaysBeforeNewYear = tetDaysBeforeNewYear == null ? defaults.daysBeforeTet() : tetDaysBeforeNewYear;
        tetDaysAfterNewYear = tetDaysAfterNewYear == null ? defaults.daysFromTet() : tetDaysAfterNewYear;
        nationalDayAdjacency = nationalDayAdjacency == null ? defaults.nationalDayAdjacency() : nationalDayAdjacency;
    }

    WorkingHours workingHours() {
        List<WorkPeriod> parsed = Arrays.stream(periods.split(","))
                .map(String::strip)
                .map(period -> period.split("-"))
                .map(bounds -> WorkPeriod.of(bounds[0].strip(), bounds[1].strip()))
                .toList();
        return new WorkingHours(workingDays, parsed, zone, sameDayCutoff);
    }

    HolidayRules holidayRules() {
        return new HolidayRules(tetDaysBeforeNewYear, tetDaysAfterNewYear, nationalDayAdjacency);
    }
}
