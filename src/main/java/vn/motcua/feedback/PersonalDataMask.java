package vn.motcua.feedback;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides personal data in a text before it is published (che thông tin cá nhân): e-mail addresses,
 * ID numbers (9 or 12 digits), phone numbers (0 or +84 and 9–10 digits, spaces, dots or dashes between),
 * the names the system knows (the sender's), and a capitalised name after a form of address (ông, bà,
 * anh, chị, em, cô, chú). A name the text gives without a form of address and that the system does not
 * know is not found: the officer reads the published text before publishing.
 */
public final class PersonalDataMask {

    /** What replaces each hidden part. */
    public static final String HIDDEN = "***";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)+");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)(\\d{12}|\\d{9})(?!\\d)");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(\\+84|0)([ .-]?\\d){9,10}(?!\\d)");
    private static final Pattern ADDRESSED = Pattern.compile(
            "(?iu)(?<!\\p{L})(ông|bà|anh|chị|em|cô|chú)(\\s+)((?-i:\\p{Lu}\\p{L}*)(\\s+(?-i:\\p{Lu}\\p{L}*)){0,3})");

    private PersonalDataMask() {
    }

    /** The text with personal data replaced by {@link #HIDDEN}; null stays null. */
    public static String mask(String text, Collection<String> knownNames) {
        if (text == null) {
            return null;
        }
        String masked = EMAIL.matcher(text).replaceAll(HIDDEN);
        masked = ID_NUMBER.matcher(masked).replaceAll(HIDDEN);
        masked = PHONE.matcher(masked).replaceAll(HIDDEN);
        for (String name : knownNames) {
            if (name != null && !name.isBlank()) {
                masked = Pattern.compile(Pattern.quote(name.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(masked).replaceAll(HIDDEN);
            }
        }
        Matcher addressed = ADDRESSED.matcher(masked);
        return addressed.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + HIDDEN));
    }
}
