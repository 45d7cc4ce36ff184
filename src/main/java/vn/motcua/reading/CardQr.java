package vn.motcua.reading;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of an ID card's QR code (mã QR trên thẻ căn cước), one line of fields separated by {@code |}:
 * {@code ID number|old ID|full name|ddMMyyyy birth|Nam or Nữ|address|ddMMyyyy issue} on the 2021 chip
 * card. Parsed defensively: the 2024 card's layout is not confirmed, so 6 fields are accepted (without the
 * old ID, told by a date in the third field; or without the issue date), fields past the seventh are
 * ignored, and a field that does not look right is left out with a problem, never guessed.
 */
public final class CardQr {

    /** Longer than any card's QR text: anything longer is not one. */
    public static final int MAX_LENGTH = 2000;

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");
    private static final Pattern OLD_ID = Pattern.compile("\\d{9}");
    private static final Pattern DATE = Pattern.compile("\\d{8}");
    private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("ddMMuuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private CardQr() {
    }

    /** The parsed fields and what was wrong (message keys {@code reading.qr.*}). */
    public record Parsed(CardData data, List<String> problems) {
    }

    public static Parsed parse(String text) {
        List<String> problems = new ArrayList<>();
        String line = text == null ? "" : Normalizer.normalize(text.strip().replace("\uFEFF", ""), Normalizer.Form.NFC);
        if (line.length() > MAX_LENGTH) {
            return new Parsed(CardData.none(), List.of("reading.qr.tooLong"));
        }
        List<String> fields = Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
        if (fields.size() < 6) {
            return new Parsed(CardData.none(), List.of("reading.qr.notCard"));
        }
        List<String> seven = sevenFields(fields);
        CardData data = new CardData(
                matching(seven.get(0), ID_NUMBER, "reading.qr.idNumber", problems),
                seven.get(1).isEmpty() ? null : matching(seven.get(1), OLD_ID, "reading.qr.oldId", problems),
                text(seven.get(2), 200, "reading.qr.name", problems),
                date(seven.get(3), "reading.qr.birthDate", problems),
                sex(seven.get(4), problems),
                text(seven.get(5), 500, "reading.qr.address", problems),
                seven.get(6).isEmpty() ? null : date(seven.get(6), "reading.qr.issuedOn", problems));
        IdNumbers.check(data, problems);
        return new Parsed(data, problems);
    }

    /** The 2021 card's seven fields: a 6-field text lacks the old ID (a date third) or the issue date. */
    private static List<String> sevenFields(List<String> fields) {
        if (fields.size() >= 7) {
            return fields.subList(0, 7);
        }
        List<String> seven = new ArrayList<>(fields);
        if (DATE.matcher(fields.get(2)).matches()) {
            seven.add(1, "");
        } else {
            seven.add("");
        }
        return seven;
    }

    private static String matching(String value, Pattern pattern, String problem, List<String> problems) {
        if (pattern.matcher(value).matches()) {
            return value;
        }
        problems.add(problem);
        return null;
    }

    private static String text(String value, int max, String problem, List<String> problems) {
        if (value.isEmpty() || value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
            problems.add(problem);
            return null;
        }
        return value;
    }

    private static LocalDate date(String value, String problem, List<String> problems) {
        try {
            return LocalDate.parse(value, DDMMYYYY);
        } catch (DateTimeParseException e) {
            problems.add(problem);
            return null;
        }
    }

    private static String sex(String value, List<String> problems) {
        if (value.equalsIgnoreCase("Nam")) {
            return "Nam";
        }
        if (value.equalsIgnoreCase("Nữ")) {
            return "Nữ";
        }
        problems.add("reading.qr.sex");
        return null;
    }
}
