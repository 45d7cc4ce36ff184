package vn.motcua.catalog.internal;

import java.util.List;
import vn.motcua.platform.Folding;

/**
 * Vietnamese text folded for the catalog's search: lower case, diacritics removed, "đ" read as "d",
 * punctuation as spaces, one space between words ({@link Folding}, the rule every search shares).
 */
public final class SearchText {

    private SearchText() {
    }

    /** Folds {@code text}; NFC and NFD input give the same result. Null gives "". */
    public static String fold(String text) {
        return String.join(" ", words(text));
    }

    /** The folded words of {@code text}, in order. */
    public static List<String> words(String text) {
        return Folding.words(text);
    }
}
