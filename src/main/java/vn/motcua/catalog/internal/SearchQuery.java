package vn.motcua.catalog.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a user typed, read for search: the folded words (the last one may be unfinished) and, when it
 * looks like one, a procedure code or code prefix.
 */
public record SearchQuery(List<String> words, String codePrefix) {

    /** A code or its beginning: digits, dots and the letters of a localised code ("1.001193.000.00.00.H18"). */
    private static final Pattern CODE = Pattern.compile("\\d+\\.[0-9a-z.]*|[a-z]\\d{2}\\.\\d+[0-9a-z.]*");

    public static SearchQuery of(String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return new SearchQuery(SearchText.words(text), CODE.matcher(trimmed).matches() ? trimmed : null);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words as one phrase, e.g. "dang ky khai sinh". */
    public String phrase() {
        return String.join(" ", words);
    }

    /**
     * A PostgreSQL {@code tsquery} requiring every word, the last as a prefix so that results come
     * while the user is still typing. Folded words hold only [a-z0-9], so nothing needs escaping.
     */
    public String tsquery() {
        return words.stream().map(w -> w.equals(words.getLast()) ? w + ":*" : w)
                .collect(Collectors.joining(" & "));
    }
}
