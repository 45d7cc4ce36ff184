package vn.motcua.web.serviceindex;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.motcua.index.IndexReport;

/**
 * The geometry of the monthly trend drawn as inline SVG by the server: no script, so it shows
 * without JavaScript and prints. The vertical axis is the whole 0–100 scale, so a change of two
 * points looks like two points and not like a cliff. Every point carries its value as text.
 *
 * @param width the drawing's width in SVG units
 * @param height its height
 * @param points one per month, oldest first
 * @param grid the horizontal lines with their values
 * @param polyline the line through the points, as SVG {@code points}
 * @param lowest the month with the lowest score (the earliest of equals)
 * @param highest the month with the highest score (the latest of equals)
 */
public record TrendChart(int width, int height, List<Point> points, List<GridLine> grid, String polyline,
        Point lowest, Point highest) {

    static final int WIDTH = 720;
    static final int HEIGHT = 300;
    static final int LEFT = 44;
    static final int RIGHT = 24;
    static final int TOP = 28;
    static final int BOTTOM = 44;
    static final int SCALE = 100;
    static final int GRID_STEP = 25;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    /**
     * @param month the month
     * @param score its index
     * @param x horizontal position
     * @param y vertical position
     * @param monthLabel e.g. "05/2026"
     * @param scoreLabel e.g. "80,50"
     */
    public record Point(YearMonth month, BigDecimal score, double x, double y, String monthLabel, String scoreLabel) {
    }

    /** A horizontal line at {@code value} points. */
    public record GridLine(int value, double y) {
    }

    public static TrendChart of(List<IndexReport> months, IndexLabels labels, Locale locale) {
        if (months.isEmpty()) {
            throw new IllegalArgumentException("A trend needs at least one month");
        }
        double plotWidth = WIDTH - LEFT - RIGHT;
        double step = months.size() == 1 ? 0 : plotWidth / (months.size() - 1);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            IndexReport report = months.get(i);
            YearMonth month = YearMonth.from(report.from());
            double x = months.size() == 1 ? LEFT + plotWidth / 2 : LEFT + i * step;
            points.add(new Point(month, report.total(), round(x), y(report.total().doubleValue()),
                    month.format(MONTH), labels.score(report.total(), locale)));
        }
        List<GridLine> grid = new ArrayList<>();
        for (int value = 0; value <= SCALE; value += GRID_STEP) {
            grid.add(new GridLine(value, y(value)));
        }
        String polyline = points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
        Point lowest = points.stream().min(Comparator.comparing(Point::score)).orElseThrow();
        Point highest = points.reversed().stream().max(Comparator.comparing(Point::score)).orElseThrow();
        return new TrendChart(WIDTH, HEIGHT, points, grid, polyline, lowest, highest);
    }

    public Point first() {
        return points.getFirst();
    }

    public Point last() {
        return points.getLast();
    }

    /** Where the month labels sit, below the plot. */
    public double axisLabelY() {
        return HEIGHT - BOTTOM + 20;
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    private static double y(double score) {
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double clamped = Math.max(0, Math.min(SCALE, score));
        return round(TOP + plotHeight * (1 - clamped / SCALE));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
