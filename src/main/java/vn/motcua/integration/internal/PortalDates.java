package vn.motcua.integration.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * The national portal's moments: {@code yyyyMMddHHmmss}, local time in Asia/Ho_Chi_Minh, exactly
 * 14 digits. Strict: 20241301… (month 13), 20240230… and {@code 2024-01-01} are refused rather than
 * guessed, because a wrong date silently moves a dossier from on time to late.
 */
final class PortalDates {

    /** The years the working calendar covers: a date outside cannot be counted in working time. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private PortalDates() {
    }

    /** The moment as the portal writes it. */
    static String format(LocalDateTime moment) {
        return FORMAT.format(moment);
    }

    /** The moment, or null when {@code text} is not a valid {@code yyyyMMddHHmmss} within the calendar's years. */
    static LocalDateTime parse(String text) {
        if (text.length() != 14 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        try {
            LocalDateTime moment = LocalDateTime.parse(text, FORMAT);
            return moment.getYear() < FIRST_YEAR || moment.getYear() > LAST_YEAR ? null : moment;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
