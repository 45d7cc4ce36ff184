package vn.motcua.statistics.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.motcua.statistics.StatisticsColumn;
import vn.motcua.statistics.StatisticsFigures;
import vn.motcua.statistics.StatisticsLabels;
import vn.motcua.statistics.StatisticsReport;
import vn.motcua.statistics.StatisticsRow;

/**
 * The report as one Excel sheet in the reporting form's layout: the title, reporting unit and period
 * above; two header rows (groups, then columns); one row per unit, field, procedure or channel with
 * its number (STT); the totals row; the date and the signature block. Counts are numeric cells, so
 * the receiving office can add them up.
 */
public final class StatisticsWorkbook {

    /** Row of the first header line; the figures start two rows below. */
    public static final int HEADER_ROW = 4;
    public static final int FIRST_DATA_ROW = HEADER_ROW + 2;
    /** Columns before the counts: STT and the row's label. */
    private static final int FIRST_COUNT_COLUMN = 2;

    private final StatisticsLabels labels;
    private final Locale locale;

    public StatisticsWorkbook(StatisticsLabels labels, Locale locale) {
        this.labels = labels;
        this.locale = locale;
    }

    public byte[] write(StatisticsReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Motcua", "1.0");
            Worksheet sheet = workbook.newWorksheet(text("statistics.sheet"));
            int lastColumn = FIRST_COUNT_COLUMN + StatisticsColumn.values().length;
            heading(sheet, report, lastColumn);
            headers(sheet, report, lastColumn);
            int r = FIRST_DATA_ROW;
            for (StatisticsRow row : report.rows()) {
                sheet.value(r, 0, r - FIRST_DATA_ROW + 1);
                sheet.value(r, 1, labels.row(report.breakdown(), row, locale));
                figures(sheet, r, row.figures());
                r++;
            }
            sheet.value(r, 1, text("statistics.total"));
            figures(sheet, r, report.total());
            sheet.range(r, 0, r, lastColumn).style().bold().set();
            sheet.range(HEADER_ROW, 0, r, lastColumn).style().borderStyle("thin").set();
            signature(sheet, report, r + 2, lastColumn);
            sheet.width(1, 40);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void heading(Worksheet sheet, StatisticsReport report, int lastColumn) {
        sheet.value(0, 0, text("statistics.document.title"));
        sheet.range(0, 0, 0, lastColumn).merge();
        sheet.range(0, 0, 0, lastColumn).style().bold().fontSize(14).horizontalAlignment("center").set();
        sheet.value(1, 0, text("statistics.document.unit", report.unitName()));
        sheet.value(2, 0, text("statistics.document.period", labels.period(report.period(), locale)));
    }

    private void headers(Worksheet sheet, StatisticsReport report, int lastColumn) {
        int top = HEADER_ROW;
        int below = HEADER_ROW + 1;
        spanBoth(sheet, 0, text("statistics.number"));
        spanBoth(sheet, 1, text("statistics.breakdown." + report.breakdown().name()));
        int c = FIRST_COUNT_COLUMN;
        for (StatisticsColumn.Group group : labels.groups()) {
            List<StatisticsColumn> columns = group.columns();
            if (group.single()) {
                spanBoth(sheet, c, text(group.messageKey()));
            } else {
                sheet.value(top, c, text(group.messageKey()));
                sheet.range(top, c, top, c + columns.size() - 1).merge();
                for (int i = 0; i < columns.size(); i++) {
                    sheet.value(below, c + i, text(columns.get(i).messageKey()));
                }
            }
            c += columns.size();
        }
        spanBoth(sheet, lastColumn, text("statistics.onTimePercent"));
        sheet.range(top, 0, below, lastColumn).style().bold().wrapText(true).horizontalAlignment("center")
                .verticalAlignment("center").set();
        sheet.freezePane(FIRST_COUNT_COLUMN, FIRST_DATA_ROW);
    }

    private static void spanBoth(Worksheet sheet, int column, String header) {
        sheet.value(HEADER_ROW, column, header);
        sheet.range(HEADER_ROW, column, HEADER_ROW + 1, column).merge();
    }

    private void figures(Worksheet sheet, int r, StatisticsFigures figures) {
        StatisticsColumn[] columns = StatisticsColumn.values();
        for (int i = 0; i < columns.length; i++) {
            sheet.value(r, FIRST_COUNT_COLUMN + i, columns[i].value(figures));
        }
        int percentColumn = FIRST_COUNT_COLUMN + columns.length;
        figures.onTimePercent().ifPresent(percent -> {
            sheet.value(r, percentColumn, percent);
            sheet.style(r, percentColumn).format("0.0").set();
        });
    }

    /** The place and date on the right, who drew it up and the head of the unit, each to sign. */
    private void signature(Worksheet sheet, StatisticsReport report, int r, int lastColumn) {
        int right = lastColumn - 4;
        sheet.value(r, right, text("statistics.signature.date", report.madeAt().getDayOfMonth(),
                report.madeAt().getMonthValue(), String.valueOf(report.madeAt().getYear())));
        sheet.value(r + 1, 1, text("statistics.signature.preparer"));
        sheet.value(r + 1, right, text("statistics.signature.head"));
        sheet.range(r + 1, 0, r + 1, lastColumn).style().bold().set();
        sheet.value(r + 2, 1, text("statistics.signature.preparer.hint"));
        sheet.value(r + 2, right, text("statistics.signature.head.hint"));
        sheet.range(r + 2, 0, r + 2, lastColumn).style().italic().set();
    }

    private String text(String key, Object... arguments) {
        return labels.message(key, locale, arguments);
    }
}
