package vn.motcua.calendar;

import java.util.List;

/**
 * Source of the per-year overrides administrators edit (stored elsewhere). Called once per year
 * when the calendar builds that year's table; call {@link WorkingCalendar#reload(int)} after an edit.
 */
@FunctionalInterface
public interface CalendarOverrides {

    /** The overrides whose date lies in {@code year}, in any order. */
    List<CalendarOverride> forYear(int year);

    /** No overrides: the calendar follows the holiday rules only. */
    static CalendarOverrides none() {
        return year -> List.of();
    }

    /** A fixed list of overrides, e.g. for tests or a configuration file. */
    static CalendarOverrides of(CalendarOverride... overrides) {
        List<CalendarOverride> all = List.of(overrides);
        return year -> all.stream().filter(o -> o.date().getYear() == year).toList();
    }
}
