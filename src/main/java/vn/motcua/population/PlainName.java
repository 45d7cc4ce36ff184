package vn.motcua.population;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name as the population database compares it (HoVaTen): upper case, no diacritics, single spaces, so that
 * "Nguyễn Thị  Lan" and "NGUYEN THI LAN" are the same person's name.
 */
public final class PlainName {

    private PlainName() {
    }

    /** The plain form; empty for null or blank. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
