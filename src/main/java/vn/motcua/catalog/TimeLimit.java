package vn.motcua.catalog;

/**
 * Thời hạn giải quyết: how long the competent unit has, counted from receipt of a complete dossier.
 *
 * @param value a positive number of {@code unit}
 * @param unit working days, calendar days or working hours
 * @param note other channels' limits and caveats, as published
 */
public record TimeLimit(int value, TimeUnit unit, String note) {
}
