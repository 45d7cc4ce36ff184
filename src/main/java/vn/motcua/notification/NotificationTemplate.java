package vn.motcua.notification;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mẫu thông báo: what one kind of message says on one channel in one language. Placeholders are
 * names between braces ({@code {code}}); the subject is for e-mail only.
 *
 * @param updatedBy the administrator who last changed it, null for the seeded text
 */
public record NotificationTemplate(NotificationKind kind, NotificationChannel channel, String language, String subject,
        String body, Instant updatedAt, String updatedBy) implements java.io.Serializable {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** The placeholder names {@code text} uses, in order, each once. */
    public static Set<String> placeholdersIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** {@code text} with each known placeholder replaced by its value; a placeholder without one stays. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }
}
