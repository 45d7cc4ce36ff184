package vn.motcua.web.office.serviceindex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.motcua.platform.Problems;

/**
 * The period of the leaders' view: a month, a quarter, a year or any range of days; month to date
 * by default. A period still running ends today (its score is as of now); one that has not started
 * has no index and is refused.
 *
 * @param kind which kind of period
 * @param from first day
 * @param to last day, today for a period still running
 * @param toDate the period is still running
 */
public record PeriodChoice(Kind kind, LocalDate from, LocalDate to, boolean toDate) {

    public enum Kind {
        MONTH, QUARTER, YEAR, RANGE
    }

    /** Years outside this are typing mistakes, not periods anyone has data for. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** The period the form's fields describe, or month to date with problems when they describe none. */
    static PeriodChoice of(IndexQuery form, LocalDate today, Problems problems) {
        Kind kind = kind(form.period(), problems);
        PeriodChoice chosen = switch (kind) {
            case MONTH -> month(form.month(), today, problems);
            case QUARTER -> quarter(form.year(), form.quarter(), today, problems);
            case YEAR -> year(form.year(), today, problems);
            case RANGE -> range(form.from(), form.to(), today, problems);
        };
        return chosen == null ? monthToDate(today) : chosen;
    }

    static PeriodChoice monthToDate(LocalDate today) {
        return running(Kind.MONTH, today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()), today);
    }

    /** The parameters that name this period again, for links to drill-downs and downloads. */
    public MultiValueMap<String, String> parameters() {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        parameters.add("period", kind.name().toLowerCase(Locale.ROOT));
        switch (kind) {
            case MONTH -> parameters.add("month", YearMonth.from(from).toString());
            case QUARTER -> {
                parameters.add("year", String.valueOf(from.getYear()));
                parameters.add("quarter", String.valueOf(from.getMonthValue() / 3 + 1));
            }
            case YEAR -> parameters.add("year", String.valueOf(from.getYear()));
            case RANGE -> {
                parameters.add("from", from.toString());
                parameters.add("to", to.toString());
            }
        }
        return parameters;
    }

    private static Kind kind(String text, Problems problems) {
        if (text == null || text.isBlank()) {
            return Kind.MONTH;
        }
        try {
            return Kind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("period", "index.period.kind.invalid");
            return Kind.MONTH;
        }
    }

    private static PeriodChoice month(String text, LocalDate today, Problems problems) {
        if (text == null || text.isBlank()) {
            return monthToDate(today);
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR) {
                problems.add("month", "index.month.invalid");
                return null;
            }
            return running(Kind.MONTH, month.atDay(1), month.atEndOfMonth(), today, "month", problems);
        } catch (DateTimeParseException e) {
            problems.add("month", "index.month.invalid");
            return null;
        }
    }

    private static PeriodChoice quarter(String yearText, String quarterText, LocalDate today, Problems problems) {
        Integer year = year(yearText, today, "year", problems);
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        if (quarterText != null && !quarterText.isBlank()) {
            Integer typed = number(quarterText, 1, 4, "quarter", "index.quarter.invalid", problems);
            if (typed == null) {
                return null;
            }
            quarter = typed;
        }
        if (year == null) {
            return null;
        }
        LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        return running(Kind.QUARTER, first, last, today, "quarter", problems);
    }

    private static PeriodChoice year(String text, LocalDate today, Problems problems) {
        Integer year = year(text, today, "year", problems);
        return year == null ? null
                : running(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), today, "year", problems);
    }

    private static PeriodChoice range(String fromText, String toText, LocalDate today, Problems problems) {
        LocalDate from = date(fromText, "from", problems);
        LocalDate to = date(toText, "to", problems);
        if (from == null || to == null) {
            return null;
        }
        if (to.isBefore(from)) {
            problems.add("to", "index.range.backwards");
            return null;
        }
        if (from.isAfter(today)) {
            problems.add("from", "index.period.future");
            return null;
        }
        return new PeriodChoice(Kind.RANGE, from, to, false);
    }

    private static Integer year(String text, LocalDate today, String field, Problems problems) {
        if (text == null || text.isBlank()) {
            return today.getYear();
        }
        return number(text, FIRST_YEAR, LAST_YEAR, field, "index.year.invalid", problems);
    }

    private static Integer number(String text, int min, int max, String field, String key, Problems problems) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, like a number out of range
        }
        problems.add(field, key, min, max);
        return null;
    }

    private static LocalDate date(String text, String field, Problems problems) {
        if (text == null || text.isBlank()) {
            problems.add(field, "index.date.required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        problems.add(field, "index.date.invalid");
        return null;
    }

    private static PeriodChoice running(Kind kind, LocalDate first, LocalDate last, LocalDate today, String field,
            Problems problems) {
        if (first.isAfter(today)) {
            problems.add(field, "index.period.future");
            return null;
        }
        return running(kind, first, last, today);
    }

    private static PeriodChoice running(Kind kind, LocalDate first, LocalDate last, LocalDate today) {
        boolean runningNow = !last.isBefore(today);
        return new PeriodChoice(kind, first, runningNow ? today : last, runningNow);
    }
}
