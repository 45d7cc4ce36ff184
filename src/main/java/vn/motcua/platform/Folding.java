package vn.motcua.platform;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese text folded for search and for finding a card's labels in OCR text: lower case, no
 * diacritics, "đ" as "d", anything not a letter or digit a space. Folded character by character, so a
 * position in the folded text is the same position in the (NFC) original: a match found in the folded
 * text cuts its snippet from the original, accents and all. The one rule for every search: the catalog's
 * search text and queries, the scanned papers' text and the OCR'd card labels. Done in Java rather than with
 * PostgreSQL's {@code unaccent}, which the embedded binaries may lack; stored text and queries go through the
 * same function, so they always agree.
 */
public final class Folding {

    private Folding() {
    }

    /** The NFC text folded, as long as the NFC text. */
    public static String fold(String nfcText) {
        StringBuilder folded = new StringBuilder(nfcText.length());
        for (int i = 0; i < nfcText.length(); i++) {
            folded.append(fold(nfcText.charAt(i)));
        }
        return folded.toString();
    }

    /** The folded words of the text, for a query or the stored search text. */
    public static List<String> words(String text) {
        String folded = fold(nfc(text)).strip();
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" +"));
    }

    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static char fold(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = Character.toLowerCase(base.charAt(0));
        return (first >= 'a' && first <= 'z') || (first >= '0' && first <= '9') ? first : ' ';
    }

    public static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
