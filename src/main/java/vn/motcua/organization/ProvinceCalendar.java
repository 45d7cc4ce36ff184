package vn.motcua.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.motcua.calendar.CalendarOverride;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.organization.internal.CalendarOverrideRepository;
import vn.motcua.platform.Problems;

/**
 * The province's working calendar (lịch làm việc của tỉnh): the rules of {@code calendar} with the
 * office hours configured here, plus the days the administrator swapped this year (extra days off,
 * make-up working Saturdays). Every deadline in the product is computed on {@link #calendar()}.
 */
@Service
@EnableConfigurationProperties(CalendarSettings.class)
public class ProvinceCalendar {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    private final CalendarOverrideRepository overrides;
    private final CalendarSettings settings;
    private final WorkingCalendar calendar;
    private final Clock clock;

    ProvinceCalendar(CalendarOverrideRepository overrides, CalendarSettings settings, Clock clock) {
        this.overrides = overrides;
        this.settings = settings;
        this.clock = clock;
        this.calendar = new WorkingCalendar(settings.workingHours(), settings.holidayRules(), overrides);
    }

    /** The calendar in force; thread-safe and cached per year. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The local time now in the province (the law's dates and times are local, Asia/Ho_Chi_Minh). */
    public LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), calendar.workingHours().zone());
    }

    /** The days swapped for {@code year}, by date. */
    public List<CalendarOverride> overrides(int year) {
        return overrides.forYear(year);
    }

    /**
     * Swaps a day (replacing an earlier swap of the same date). An extra day off must be a working
     * day and a make-up day a day off under the rules, otherwise the swap would mean nothing.
     */
    @Transactional
    public CalendarOverride swap(CalendarOverrideForm form, String username) {
        Problems problems = form.limits(new Problems());
        LocalDate date = parseDate(form.date(), problems);
        DayKind kind = parseKind(form.kind(), problems);
        problems.when(!StringUtils.hasText(form.name()), "name", "calendar.override.name.required");
        problems.throwIfAny();
        boolean workingUnderRules = baseline(date).isWorkingDay(date);
        problems.when(kind == DayKind.EXTRA_DAY_OFF && !workingUnderRules, "date", "calendar.override.alreadyOff", date);
        problems.when(kind == DayKind.MAKEUP_WORKING_DAY && workingUnderRules, "date",
                "calendar.override.alreadyWorking", date);
        problems.throwIfAny();
        CalendarOverride override = new CalendarOverride(date, kind, form.name().strip());
        overrides.save(override, username);
        calendar.reload(date.getYear());
        return override;
    }

    /** Gives a swapped day back to the rules. */
    @Transactional
    public void restore(LocalDate date) {
        if (overrides.delete(date)) {
            calendar.reload(date.getYear());
        }
    }

    /** The calendar as it would be without any swap of {@code date}. */
    private WorkingCalendar baseline(LocalDate date) {
        return new WorkingCalendar(settings.workingHours(), settings.holidayRules(),
                year -> overrides.forYear(year).stream().filter(o -> !o.date().equals(date)).toList());
    }

    private static LocalDate parseDate(String text, Problems problems) {
        try {
            LocalDate date = LocalDate.parse(text == null ? "" : text.strip());
            problems.when(date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR, "date",
                    "calendar.year.outOfRange", FIRST_YEAR, LAST_YEAR);
            return date;
        } catch (DateTimeParseException e) {
            problems.add("date", "calendar.date.invalid", text);
            return null;
        }
    }

    private static DayKind parseKind(String text, Problems problems) {
        if ("EXTRA_DAY_OFF".equals(text) || "MAKEUP_WORKING_DAY".equals(text)) {
            return DayKind.valueOf(text);
        }
        problems.add("kind", "form.choice.invalid", text);
        return null;
    }
}
