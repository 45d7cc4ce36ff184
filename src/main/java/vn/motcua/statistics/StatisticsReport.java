package vn.motcua.statistics;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A report as it is shown and exported.
 *
 * @param unit the reporting unit's identifier, null for the province
 * @param unitName the reporting unit's name (the province's for null)
 * @param period the period
 * @param breakdown how the rows are grouped
 * @param rows the rows, in the order of the breakdown (units as the directory lists them, channels
 *        by code, fields and procedures by name)
 * @param total the sum of the rows (tổng cộng)
 * @param madeAt when it was counted, local time
 */
public record StatisticsReport(String unit, String unitName, ReportPeriod period, Breakdown breakdown,
        List<StatisticsRow> rows, StatisticsFigures total, LocalDateTime madeAt) {

    public StatisticsReport {
        rows = List.copyOf(rows);
    }
}
