package vn.motcua.web.office.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.motcua.statistics.StatisticsFigures;
import vn.motcua.statistics.StatisticsLabels;
import vn.motcua.statistics.StatisticsReport;
import vn.motcua.statistics.StatisticsRow;

/**
 * The report's bar chart, drawn by the server as SVG: one horizontal bar per row (the rows with
 * the most dossiers, at most {@link #MAX_BARS}), its length the dossiers received, split into the
 * part resolved on time or early, the late part and the rest (still on time). Every bar has its
 * numbers written beside it; the figures are the table's.
 */
public record StatisticsChart(List<Bar> bars, int rows, int width, int height) {

    /** More bars would not be read; the table has every row. */
    static final int MAX_BARS = 20;
    static final int LABEL_WIDTH = 300;
    static final int PLOT_WIDTH = 420;
    static final int VALUE_WIDTH = 160;
    static final int ROW_HEIGHT = 30;
    static final int BAR_HEIGHT = 18;
    private static final int LABEL_MAX_CHARS = 42;

    /**
     * One bar.
     *
     * @param label the row's label (cut short to fit)
     * @param y top of the bar
     * @param onTime width of the part resolved on time or early
     * @param late width of the late part
     * @param rest width of the rest
     * @param numbers the numbers written beside it: received, on time, late
     */
    public record Bar(String label, int y, int onTime, int late, int rest, String numbers) {

        public int lateX() {
            return LABEL_WIDTH + onTime;
        }

        public int restX() {
            return LABEL_WIDTH + onTime + late;
        }

        public int valueX() {
            return LABEL_WIDTH + onTime + late + rest + 6;
        }

        public int textY() {
            return y + BAR_HEIGHT - 4;
        }
    }

    static StatisticsChart of(StatisticsReport report, StatisticsLabels labels, Locale locale) {
        List<StatisticsRow> drawn = report.rows().stream().filter(row -> row.figures().received() > 0)
                .sorted(Comparator.comparingLong((StatisticsRow row) -> row.figures().received()).reversed())
                .limit(MAX_BARS).toList();
        long max = drawn.stream().mapToLong(row -> row.figures().received()).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        for (StatisticsRow row : drawn) {
            StatisticsFigures f = row.figures();
            long onTime = f.resolvedEarly() + f.resolvedOnTime();
            long late = f.late();
            int onTimeWidth = scale(onTime, max);
            int lateWidth = scale(late, max);
            int restWidth = Math.max(0, scale(f.received(), max) - onTimeWidth - lateWidth);
            String label = labels.row(report.breakdown(), row, locale);
            bars.add(new Bar(shorten(label), bars.size() * ROW_HEIGHT + 4, onTimeWidth, lateWidth, restWidth,
                    labels.message("statistics.chart.numbers", locale, f.received(), onTime, late)));
        }
        return new StatisticsChart(bars, (int) report.rows().stream().filter(r -> r.figures().received() > 0).count(),
                LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH, Math.max(1, bars.size()) * ROW_HEIGHT + 8);
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    public int labelRight() {
        return LABEL_WIDTH - 8;
    }

    public int plotLeft() {
        return LABEL_WIDTH;
    }

    /** Some rows have no bar: the chart says so. */
    public boolean partial() {
        return rows > bars.size();
    }

    private static int scale(long value, long max) {
        return (int) Math.round((double) value * PLOT_WIDTH / max);
    }

    private static String shorten(String label) {
        return label.length() <= LABEL_MAX_CHARS ? label : label.substring(0, LABEL_MAX_CHARS - 1) + "…";
    }
}
