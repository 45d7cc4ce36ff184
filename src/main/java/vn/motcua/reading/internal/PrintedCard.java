package vn.motcua.reading.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.platform.Folding;
import vn.motcua.reading.CardData;

/**
 * The printed fields of an ID card in its OCR text, found by their bilingual labels ("Họ và tên / Full
 * name", "Ngày sinh / Date of birth", "Giới tính / Sex", "Nơi thường trú / Place of residence" on the 2021
 * card, "Nơi cư trú" on the 2024 one). Labels are matched folded (OCR often loses a diacritic); a value
 * is the rest of the label's line, or the next line when the card prints it below (the name). A field
 * whose value does not look right is left out: the officer types it.
 */
public final class PrintedCard {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");
    private static final Pattern DATE = Pattern.compile("(\\d{2})\\s*[/.-]\\s*(\\d{2})\\s*[/.-]\\s*(\\d{4})");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NAME_LABEL = Pattern.compile("ho (va )?ten|full name|ho chu dem va ten");
    private static final Pattern BIRTH_LABEL = Pattern.compile("ngay sinh|date of birth");
    private static final Pattern SEX_LABEL = Pattern.compile("gioi tinh|sex");
    private static final Pattern ADDRESS_LABEL = Pattern.compile("noi thuong tru|noi cu tru|place of residence");
    private static final Pattern ANY_LABEL = Pattern.compile(
            "ngay|date|gioi tinh|sex|quoc tich|nationality|que quan|place of|noi |co gia tri|expiry|ho va ten|full name");

    private PrintedCard() {
    }

    public static CardData parse(String ocrText) {
        List<String> lines = Folding.nfc(ocrText).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new CardData(idNumber(lines), null, name(lines), birthDate(lines), sex(lines), address(lines), null);
    }

    private static String idNumber(List<String> lines) {
        for (String line : lines) {
            Matcher m = ID_NUMBER.matcher(line.replaceAll("(?<=\\d)[ .](?=\\d)", ""));
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }

    private static String name(List<String> lines) {
        return valueAfter(lines, NAME_LABEL, true).map(PrintedCard::lettersOnly)
                .filter(n -> n.length() >= 2 && n.length() <= 200).orElse(null);
    }

    private static LocalDate birthDate(List<String> lines) {
        return valueAfter(lines, BIRTH_LABEL, true).flatMap(PrintedCard::date).orElse(null);
    }

    private static String sex(List<String> lines) {
        Optional<String> value = valueAfter(lines, SEX_LABEL, false).map(Folding::fold);
        if (value.isEmpty()) {
            return null;
        }
        String words = " " + value.get().strip() + " ";
        if (words.startsWith(" nam ")) {
            return "Nam";
        }
        return words.startsWith(" nu ") ? "Nữ" : null;
    }

    private static String address(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Optional<String> rest = rest(lines.get(i), ADDRESS_LABEL);
            if (rest.isPresent()) {
                StringBuilder address = new StringBuilder(rest.get());
                // The address wraps onto the next line when long.
                if (i + 1 < lines.size() && !ANY_LABEL.matcher(Folding.fold(lines.get(i + 1))).find()) {
                    address.append(' ').append(lines.get(i + 1));
                }
                String value = address.toString().replaceAll("^[,\\s]+|[,\\s]+$", "").replaceAll("\\s+", " ");
                return value.length() >= 3 && value.length() <= 500 ? value : null;
            }
        }
        return null;
    }

    /**
     * The value of the first line carrying the label: after the label (and its English half, up to a
     * colon), else the next line when {@code nextLine}.
     */
    private static Optional<String> valueAfter(List<String> lines, Pattern label, boolean nextLine) {
        for (int i = 0; i < lines.size(); i++) {
            Optional<String> rest = rest(lines.get(i), label);
            if (rest.isEmpty()) {
                continue;
            }
            if (!rest.get().isBlank()) {
                return rest;
            }
            return nextLine && i + 1 < lines.size() ? Optional.of(lines.get(i + 1)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** What follows the label on the line (after its colon when it has one); empty when the label is not there. */
    private static Optional<String> rest(String line, Pattern label) {
        Matcher m = label.matcher(Folding.fold(line));
        if (!m.find()) {
            return Optional.empty();
        }
        int colon = line.indexOf(':', m.end());
        String after = colon >= 0 ? line.substring(colon + 1) : line.substring(m.end());
        return Optional.of(after.replaceFirst("^[\\s/:]*(?i)(full name|date of birth|sex|place of residence)?[\\s:]*", "")
                .strip());
    }

    private static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1) + "/" + m.group(2) + "/" + m.group(3), DMY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String lettersOnly(String name) {
        return name.replaceAll("[^\\p{L} ]", "").replaceAll("\\s+", " ").strip();
    }
}
