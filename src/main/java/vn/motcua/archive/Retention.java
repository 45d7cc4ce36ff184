package vn.motcua.archive;

import java.time.LocalDate;

/**
 * Thời hạn bảo quản: how long an archived dossier is kept after it closed, in whole years, or for good
 * (vĩnh viễn). A dossier closed on 29 February keeps its anniversary on 28 February of a common year.
 *
 * @param years the years kept after the closing date, or null when kept for good
 */
public record Retention(Integer years) {

    /** The longest a retention in years may be: beyond it, "permanent" says it better. */
    public static final int MAX_YEARS = 100;

    public Retention {
        if (years != null && (years < 1 || years > MAX_YEARS)) {
            throw new IllegalArgumentException("A retention is 1 to " + MAX_YEARS + " years: " + years);
        }
    }

    public static Retention permanent() {
        return new Retention(null);
    }

    public static Retention ofYears(int years) {
        return new Retention(years);
    }

    public boolean isPermanent() {
        return years == null;
    }

    /**
     * The last day the dossier must be kept: the closing date's anniversary {@code years} later. Null when
     * kept for good. Disposal may be proposed from the day after.
     */
    public LocalDate lastDay(LocalDate closedOn) {
        return isPermanent() ? null : closedOn.plusYears(years);
    }
}
