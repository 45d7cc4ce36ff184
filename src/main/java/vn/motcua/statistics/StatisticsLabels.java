package vn.motcua.statistics;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a report in the reader's language: the period, a row's label, the on-time share.
 * Templates call it as {@code @statisticsLabels}; the Excel and PDF writers use it too.
 */
@Component("statisticsLabels")
public class StatisticsLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

    private final MessageSource messages;

    StatisticsLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** "Tháng 3 năm 2026", "Quý I năm 2026", "Năm 2026", a range; "(đến ngày …)" while it runs. */
    public String period(ReportPeriod period, Locale locale) {
        String label = switch (period.kind()) {
            case MONTH -> message("statistics.period.month", locale, period.from().getMonthValue(),
                    String.valueOf(period.from().getYear()));
            case QUARTER -> message("statistics.period.quarter", locale, ROMAN.get(period.quarter() - 1),
                    String.valueOf(period.from().getYear()));
            case YEAR -> message("statistics.period.year", locale, String.valueOf(period.from().getYear()));
            case RANGE -> message("statistics.period.range", locale, DAY.format(period.from()), DAY.format(period.to()));
        };
        return period.toDate() ? label + " " + message("statistics.period.toDate", locale, DAY.format(period.to()))
                : label;
    }

    /** A row's first cell: the unit's or field's name, "code – name" for a procedure, the channel's name. */
    public String row(Breakdown breakdown, StatisticsRow row, Locale locale) {
        if (breakdown == Breakdown.CHANNEL) {
            return message("statistics.channel." + row.key(), locale);
        }
        if (row.name() == null) {
            return row.key().isEmpty() ? message("statistics.unknown", locale) : row.key();
        }
        return breakdown == Breakdown.PROCEDURE ? row.key() + " – " + row.name() : row.name();
    }

    /** The on-time share with one decimal ("80,5"), or a dash when nothing was received. */
    public String percent(StatisticsFigures figures, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return figures.onTimePercent().map(format::format).orElse("–");
    }

    /** The column groups of the form, in order. */
    public List<StatisticsColumn.Group> groups() {
        return List.of(StatisticsColumn.Group.values());
    }

    /** The counted columns, in order. */
    public List<StatisticsColumn> columns() {
        return List.of(StatisticsColumn.values());
    }

    public String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
