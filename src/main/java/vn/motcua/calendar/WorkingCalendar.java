package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The working-time calendar (lịch làm việc): working days and hours, public holidays generated
 * from the Labour Code (including lunar ones), per-year overrides, and deadline arithmetic that
 * explains itself. All {@code LocalDateTime}s are in {@link WorkingHours#zone()}.
 *
 * <p>Thread-safe. Each year's day table is built once on first use and cached; call
 * {@link #reload(int)} after the overrides of a year change. Supports 1900–2199.
 */
public final class WorkingCalendar {

    private final WorkingHours hours;
    private final YearTables tables;
    private final WorkClock clock;

    public WorkingCalendar(WorkingHours hours, HolidayRules rules, CalendarOverrides overrides) {
        this.hours = hours;
        this.tables = new YearTables(hours, rules, overrides);
        this.clock = new WorkClock(hours, tables);
    }

    /** Standard working hours, the default holiday rules and no overrides. */
    public static WorkingCalendar standard() {
        return new WorkingCalendar(WorkingHours.standard(), HolidayRules.defaults(), CalendarOverrides.none());
    }

    public WorkingHours workingHours() {
        return hours;
    }

    /** The deadline of a time limit counted from {@code received}, without pauses. */
    public Deadline deadline(LocalDateTime received, TimeAmount limit) {
        return deadline(received, limit, List.of());
    }

    /**
     * The deadline of a time limit counted from {@code received}. Counting starts at the next
     * working moment. Each pause that begins before the (already extended) due moment moves it
     * later by the working time inside the pause after the start; overlapping pauses count once;
     * a pause beginning after the due moment does not rescue a late dossier.
     *
     * <p>Calendar days keep the start's time of day; a due date on a non-working day moves to the
     * next working day at that time.
     */
    public Deadline deadline(LocalDateTime received, TimeAmount limit, List<Pause> pauses) {
        LocalDateTime start = clock.nextWorkingStart(received);
        LocalDateTime due = dueWithoutPauses(start, limit);
        List<AppliedPause> applied = new ArrayList<>();
        for (Pause pause : PauseSchedule.merge(pauses)) {
            if (!pause.from().isBefore(due)) {
                break;
            }
            if (pause.to().isAfter(start)) {
                Duration paused = clock.between(pause.from().isAfter(start) ? pause.from() : start, pause.to());
                due = clock.advance(due, paused);
                applied.add(new AppliedPause(pause, paused));
            }
        }
        return explained(received, start, due, applied);
    }

    /**
     * The deadline of a same-day procedure: received (after moving to the next working moment)
     * before the cut-off, due at the end of that working day; otherwise at the end of the next.
     */
    public Deadline sameDayDeadline(LocalDateTime received) {
        LocalDateTime start = clock.nextWorkingStart(received);
        LocalDate day = start.toLocalTime().isBefore(hours.sameDayCutoff())
                ? start.toLocalDate()
                : tables.nextWorkingDay(start.toLocalDate());
        return explained(received, start, day.atTime(hours.dayEnd()), List.of());
    }

    /**
     * The moment {@code amount} of working time after {@code from}: how step deadlines (a share of
     * a time limit) are placed, and how a deadline moves by the working time a dossier was paused.
     */
    public LocalDateTime addWorkingTime(LocalDateTime from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time to add must not be negative: " + amount);
        }
        return clock.advance(clock.nextWorkingStart(from), amount);
    }

    /** Working time between two moments; {@code to} must not be before {@code from}. */
    public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
        return clock.between(from, to);
    }

    public boolean isWorkingDay(LocalDate date) {
        return tables.isWorking(date);
    }

    /**
     * The {@code n}th working day after {@code day} (before it when n is negative; the day itself when
     * 0): whole working days, the day itself not counted, as in "within 5 working days of receipt".
     */
    public LocalDate workingDaysFrom(LocalDate day, int n) {
        int direction = n < 0 ? -1 : 1;
        LocalDate current = day;
        for (int counted = 0; counted < Math.abs(n); ) {
            current = current.plusDays(direction);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /**
     * The moment itself if it lies inside working hours, else the start of the next working
     * period (Friday 17:30 → Monday 07:00; 12:00 → 13:30).
     */
    public LocalDateTime nextWorkingStart(LocalDateTime moment) {
        return clock.nextWorkingStart(moment);
    }

    /**
     * Every holiday (also those on a weekend), substitute day, extra day off and make-up working
     * day of the year, sorted by date.
     */
    public List<CalendarDay> daysOf(int year) {
        return tables.days(year);
    }

    /**
     * Checks a year's overrides before they are saved: each must lie in the year, be the only one
     * of its date, and change its day (make-up on a non-working day, extra day off on a working day).
     *
     * @throws IllegalArgumentException naming the first invalid override
     */
    public void validateOverrides(int year, List<CalendarOverride> overrides) {
        tables.build(year, overrides);
    }

    /** Drops the cached table of a year so the next use reads its overrides again. */
    public void reload(int year) {
        tables.forget(year);
    }

    private LocalDateTime dueWithoutPauses(LocalDateTime start, TimeAmount limit) {
        return switch (limit.unit()) {
            case WORKING_DAYS -> clock.advance(start, hours.dayLength().multipliedBy(limit.value()));
            case WORKING_HOURS -> clock.advance(start, Duration.ofHours(limit.value()));
            case CALENDAR_DAYS -> onWorkingDay(start.plusDays(limit.value()));
        };
    }

    private LocalDateTime onWorkingDay(LocalDateTime moment) {
        LocalDate date = moment.toLocalDate();
        return tables.isWorking(date) ? moment : tables.nextWorkingDay(date).atTime(moment.toLocalTime());
    }

    private Deadline explained(LocalDateTime received, LocalDateTime start, LocalDateTime due,
                               List<AppliedPause> pauses) {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate date = received.toLocalDate(); !date.isAfter(due.toLocalDate()); date = date.plusDays(1)) {
            CalendarDay reason = tables.reason(date);
            if (reason != null) {
                days.add(reason);
            }
        }
        return new Deadline(received, start, due, days, pauses);
    }
}
