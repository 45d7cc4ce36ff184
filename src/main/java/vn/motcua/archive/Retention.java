package vn.motcua.archive;

import java.io.Serializable;
import java.time.LocalDate;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/**
 * Thời hạn bảo quản: how long an archived dossier is kept after it closed, in whole years, or for good
 * (vĩnh viễn). A dossier closed on 29 February keeps its anniversary on 28 February of a common year.
 *
 * @param years the years kept after the closing date, or null when kept for good
 */
public record Retention(Integer years) implements Serializable {

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

    /**
     * The retention an administrator typed: {@code permanent} ticked (vĩnh viễn) with no years, or whole years
     * from 1 to {@link #MAX_YEARS}.
     *
     * @param field the form field a refusal belongs next to
     * @throws UserInputException when neither or both are given, or the years are not a whole number in range
     */
    public static Retention parse(String field, String years, boolean permanent) {
        String typed = years == null ? "" : years.strip();
        if (permanent) {
            new Problems().when(!typed.isEmpty(), field, "archive.retention.yearsOrPermanent").throwIfAny();
            return permanent();
        }
        new Problems().when(typed.isEmpty(), field, "archive.retention.yearsRequired", MAX_YEARS)
                .when(!typed.isEmpty() && !typed.matches("[0-9]{1,3}"), field, "archive.retention.yearsNumber",
                        MAX_YEARS).throwIfAny();
        int value = Integer.parseInt(typed);
        new Problems().when(value < 1 || value > MAX_YEARS, field, "archive.retention.yearsRange", MAX_YEARS)
                .throwIfAny();
        return ofYears(value);
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
