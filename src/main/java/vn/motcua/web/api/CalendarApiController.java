package vn.motcua.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.DurationUnit;
import vn.motcua.calendar.Pause;
import vn.motcua.calendar.TimeAmount;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * The province's working calendar, public so the portal and other systems can show expected
 * return dates: the days off and make-up days of a year, and deadlines that explain themselves.
 * Times are local times in Asia/Ho_Chi_Minh, written {@code yyyy-MM-dd'T'HH:mm}.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Lịch làm việc: holidays, days off, make-up days and deadlines")
class CalendarApiController {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    /** One special day of the year; kind is holiday, substitute_day_off, extra_day_off or makeup_working_day. */
    record DayJson(String date, String kind, String name) {
        static DayJson of(CalendarDay day) {
            return new DayJson(day.date().toString(), day.kind().code(), day.name());
        }
    }

    record YearJson(int year, List<DayJson> days) {
    }

    /** A pause that moved the deadline, with the working minutes it added. */
    record PauseJson(String from, String to, long workingMinutes) {
    }

    record DeadlineJson(String deadline, String start, List<DayJson> explanation, List<PauseJson> pauses) {
    }

    private final ProvinceCalendar provinceCalendar;

    CalendarApiController(ProvinceCalendar provinceCalendar) {
        this.provinceCalendar = provinceCalendar;
    }

    @GetMapping("/{year}")
    @Operation(summary = "Days off and make-up days of a year",
            description = "Every public holiday by date and name (also those on a weekend), every substitute "
                    + "or extra day off and every make-up working day, in date order. Years 1900–2199.")
    YearJson year(@PathVariable int year) {
        new Problems().when(year < FIRST_YEAR || year > LAST_YEAR, "year", "calendar.year.outOfRange",
                FIRST_YEAR, LAST_YEAR).throwIfAny();
        return new YearJson(year, provinceCalendar.calendar().daysOf(year).stream().map(DayJson::of).toList());
    }

    @GetMapping("/deadline")
    @Operation(summary = "Compute a deadline",
            description = "Adds a time limit to a moment on the province's working calendar. A moment outside "
                    + "working hours counts from the next working period. The explanation lists the days skipped "
                    + "(weekends, holidays, days off) and make-up working days counted, with reasons.")
    DeadlineJson deadline(
            @Parameter(description = "start, local time, e.g. 2026-02-12T10:00") @RequestParam(required = false) String from,
            @Parameter(description = "the time limit's value, 0 to 1000") @RequestParam(required = false) Integer value,
            @Parameter(description = "working_days, days or working_hours") @RequestParam(required = false) String unit,
            @Parameter(description = "pauses (waiting for the applicant), each from/to, e.g. "
                    + "2026-03-02T08:00/2026-03-04T08:00") @RequestParam(required = false) List<String> pause) {
        Problems problems = new Problems();
        LocalDateTime start = parseMoment(from, "from", problems);
        problems.when(value == null || value < 0, "value", "calendar.value.invalid");
        problems.when(value != null && value > InputLimits.MAX_DURATION, "value", "limits.duration",
                InputLimits.MAX_DURATION);
        InputLimits.list(problems, "pause", pause, InputLimits.LIST);
        DurationUnit durationUnit = parseUnit(unit, problems);
        List<Pause> pauses = parsePauses(pause, problems);
        problems.throwIfAny();
        WorkingCalendar calendar = provinceCalendar.calendar();
        Deadline deadline = calendar.deadline(start, new TimeAmount(value, durationUnit), pauses);
        return new DeadlineJson(MINUTES.format(deadline.due()), MINUTES.format(deadline.start()),
                deadline.days().stream().map(DayJson::of).toList(),
                deadline.pauses().stream().map(p -> new PauseJson(MINUTES.format(p.pause().from()),
                        MINUTES.format(p.pause().to()), p.workingTime().toMinutes())).toList());
    }

    private static LocalDateTime parseMoment(String text, String field, Problems problems) {
        try {
            LocalDateTime moment = LocalDateTime.parse(text == null ? "" : text.strip());
            problems.when(moment.getYear() < FIRST_YEAR || moment.getYear() > LAST_YEAR - 1, field,
                    "calendar.year.outOfRange", FIRST_YEAR, LAST_YEAR - 1);
            return moment;
        } catch (DateTimeParseException e) {
            problems.add(field, "calendar.moment.invalid", text == null ? "" : text);
            return null;
        }
    }

    private static DurationUnit parseUnit(String unit, Problems problems) {
        try {
            return DurationUnit.fromCode(unit == null ? "" : unit.strip());
        } catch (IllegalArgumentException e) {
            problems.add("unit", "calendar.unit.invalid", unit == null ? "" : unit);
            return null;
        }
    }

    private static List<Pause> parsePauses(List<String> texts, Problems problems) {
        List<Pause> pauses = new ArrayList<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            String[] bounds = text.split("/");
            if (bounds.length != 2) {
                problems.add("pause", "calendar.pause.invalid", text);
                continue;
            }
            LocalDateTime pauseFrom = parseMoment(bounds[0], "pause", problems);
            LocalDateTime pauseTo = parseMoment(bounds[1], "pause", problems);
            if (pauseFrom != null && pauseTo != null) {
                problems.when(pauseTo.isBefore(pauseFrom), "pause", "calendar.pause.invalid", text);
                if (!pauseTo.isBefore(pauseFrom)) {
                    pauses.add(new Pause(pauseFrom, pauseTo));
                }
            }
        }
        return pauses;
    }
}
