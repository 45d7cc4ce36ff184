package vn.motcua.statistics;

/**
 * One row of a report: a unit, field, procedure or channel and its figures.
 *
 * @param key the unit's identifier, the field's name, the procedure's code or the channel's name;
 *        empty for dossiers whose procedure the catalog does not know (imported history)
 * @param name the unit's, field's or procedure's name; null for a channel (its name is a message)
 *        and for what the catalog does not know
 * @param figures the counts
 */
public record StatisticsRow(String key, String name, StatisticsFigures figures) {
}
