package vn.motcua.datastore.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a stored document is of the type a published component asks for. The catalog names a
 * component in free text ("Bản sao Giấy khai sinh hoặc trích lục khai sinh") and a document by its type
 * ("Giấy khai sinh"), so a document fits a component whose name contains its type as whole words,
 * ignoring case, punctuation and spacing but not diacritics (in Vietnamese "khai" and "khái" are different
 * words). The store only offers: the applicant or the officer still chooses.
 */
public final class DocumentTypes {

    private DocumentTypes() {
    }

    public static boolean fits(String documentType, String componentName) {
        String type = words(documentType);
        return !type.isEmpty() && (" " + words(componentName) + " ").contains(" " + type + " ");
    }

    /** The text as lower-case words separated by single spaces. */
    static String words(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return composed.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
