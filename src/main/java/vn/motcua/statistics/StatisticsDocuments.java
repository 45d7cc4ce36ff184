package vn.motcua.statistics;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.motcua.platform.PdfRenderer;
import vn.motcua.statistics.internal.StatisticsWorkbook;

/**
 * A report as the files a province sends upward: the Excel workbook (counts as numeric cells) and
 * the PDF (the same table, the reporting unit, the period, the date and the signature block),
 * both in the reporting form's layout: title, unit, period, two header rows, a totals row.
 */
@Service
public class StatisticsDocuments {

    private final StatisticsLabels labels;
    private final PdfRenderer pdf;

    StatisticsDocuments(StatisticsLabels labels, PdfRenderer pdf) {
        this.labels = labels;
        this.pdf = pdf;
    }

    public byte[] xlsx(StatisticsReport report, Locale locale) {
        return new StatisticsWorkbook(labels, locale).write(report);
    }

    public byte[] pdf(StatisticsReport report, Locale locale) {
        return pdf.render("statistics", Map.of("report", report, "labels", labels), locale);
    }

    /** A name for downloaded files: ASCII, the unit (or "tinh") and the days. */
    public static String fileName(StatisticsReport report) {
        return "thong-ke-" + (report.unit() == null ? "tinh" : report.unit()) + "-" + report.period().from() + "-"
                + report.period().to();
    }
}
