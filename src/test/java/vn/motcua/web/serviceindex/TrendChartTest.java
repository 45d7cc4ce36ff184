package vn.motcua.web.serviceindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.index.IndexReport;

class TrendChartTest {

    static final IndexLabels LABELS = new IndexLabels();
    static final Locale VIETNAMESE = Locale.of("vi");

    @Test
    void theWholeScaleIsDrawnSoHundredIsAtTheTopAndZeroAtTheBottom() {
        TrendChart chart = TrendChart.of(List.of(month("2026-01", "100.00"), month("2026-02", "0.00"),
                month("2026-03", "50.00")), LABELS, VIETNAMESE);
        assertThat(chart.points()).extracting(TrendChart.Point::y).containsExactly((double) TrendChart.TOP,
                (double) TrendChart.HEIGHT - TrendChart.BOTTOM,
                (TrendChart.TOP + TrendChart.HEIGHT - TrendChart.BOTTOM) / 2.0);
        assertThat(chart.first().x()).isEqualTo(TrendChart.LEFT);
        assertThat(chart.last().x()).isEqualTo(TrendChart.WIDTH - TrendChart.RIGHT);
        assertThat(chart.grid()).extracting(TrendChart.GridLine::value).containsExactly(0, 25, 50, 75, 100);
    }

    @Test
    void everyPointCarriesItsMonthAndValueInTheReadersLanguage() {
        TrendChart chart = TrendChart.of(List.of(month("2026-04", "81.25"), month("2026-05", "79.5")), LABELS,
                VIETNAMESE);
        assertThat(chart.points()).extracting(TrendChart.Point::monthLabel).containsExactly("04/2026", "05/2026");
        assertThat(chart.points()).extracting(TrendChart.Point::scoreLabel).containsExactly("81,25", "79,50");
        assertThat(TrendChart.of(List.of(month("2026-04", "81.25")), LABELS, Locale.ENGLISH).first().scoreLabel())
                .isEqualTo("81.25");
        assertThat(chart.polyline()).isEqualTo(chart.first().x() + "," + chart.first().y() + " "
                + chart.last().x() + "," + chart.last().y());
    }

    @Test
    void theLowestIsTheEarliestOfEqualsAndTheHighestTheLatest() {
        TrendChart chart = TrendChart.of(List.of(month("2026-01", "70"), month("2026-02", "90"),
                month("2026-03", "70"), month("2026-04", "90")), LABELS, VIETNAMESE);
        assertThat(chart.lowest().monthLabel()).isEqualTo("01/2026");
        assertThat(chart.highest().monthLabel()).isEqualTo("04/2026");
    }

    @Test
    void signsAndSharesReadAsWritten() {
        assertThat(LABELS.change(new BigDecimal("1.2"), VIETNAMESE)).isEqualTo("+1,20");
        assertThat(LABELS.change(new BigDecimal("-0.5"), VIETNAMESE)).isEqualTo("\u22120,50");
        assertThat(LABELS.change(BigDecimal.ZERO, Locale.ENGLISH)).isEqualTo("0.00");
        assertThat(LABELS.barWidth(new BigDecimal("15"), 20)).isEqualTo("75.0%");
        assertThat(LABELS.barWidth(new BigDecimal("25"), 20)).isEqualTo("100.0%");
        assertThat(LABELS.criterion("2.1", Locale.ENGLISH)).isEqualTo("Dossiers handled on time");
        assertThat(LABELS.group("6", VIETNAMESE)).isEqualTo("Mức độ hài lòng");
    }

    private static IndexReport month(String month, String total) {
        LocalDate first = LocalDate.parse(month + "-01");
        return new IndexReport("000.00.00.H18", first, first.withDayOfMonth(first.lengthOfMonth()),
                new BigDecimal(total), List.of());
    }
}
