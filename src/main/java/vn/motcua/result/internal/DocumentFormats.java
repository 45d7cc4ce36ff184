package vn.motcua.result.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * How the papers write times and money, available to the templates as {@code fmt}. The wording of
 * dates ("15 giờ 00 phút, ngày …") is a pattern in the message bundle, so English gets its own.
 */
public final class DocumentFormats {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DateTimeFormatter appointment;
    private final DateTimeFormatter issuedOn;

    private DocumentFormats(DateTimeFormatter appointment, DateTimeFormatter issuedOn) {
        this.appointment = appointment;
        this.issuedOn = issuedOn;
    }

    /** The formats of {@code locale}, from the patterns {@code result.format.*} of the bundle. */
    public static DocumentFormats of(MessageSource messages, Locale locale) {
        return new DocumentFormats(pattern(messages, "result.format.appointment", locale),
                pattern(messages, "result.format.issuedOn", locale));
    }

    /** An amount in VND as Vietnamese papers print it in either language: {@code 50.000 đ}. */
    public String money(long vnd) {
        // A new DecimalFormat per call: the class is not thread-safe and a paper has few amounts.
        DecimalFormatSymbols dots = DecimalFormatSymbols.getInstance(Locale.ROOT);
        dots.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", dots).format(vnd) + " đ";
    }

    /** A moment to the minute: {@code 04/11/2025 09:15}. */
    public String minute(LocalDateTime time) {
        return MINUTE.format(time);
    }

    /** An appointment the way the hour and day are spoken: {@code 15 giờ 00 phút, ngày 20/11/2025}. */
    public String appointment(LocalDateTime time) {
        return appointment.format(time);
    }

    /** The date line under the national heading: {@code ngày 04 tháng 11 năm 2025}. */
    public String issuedOn(LocalDateTime time) {
        return issuedOn.format(time);
    }

    private static DateTimeFormatter pattern(MessageSource messages, String key, Locale locale) {
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
    }
}
