package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A special date of the calendar with its kind and Vietnamese name (e.g. "Tết Nguyên đán"). */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
