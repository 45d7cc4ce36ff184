package vn.motcua.result.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An amount of đồng in Vietnamese words (số tiền bằng chữ), as receipts write it under the figures:
 * {@code 1.250.000} → "Một triệu hai trăm năm mươi nghìn đồng".
 *
 * <p>The digits are read in groups of three (trăm, mươi, đơn vị) named nghìn, triệu, tỷ, and past a
 * thousand million the names repeat after "tỷ" (nghìn tỷ, triệu tỷ). Inside a group: "mười" for ten,
 * "linh" for an empty tens digit before a unit, "mốt" for a one after twenty and above, "lăm" for a
 * five after ten and above; a group after the first reads its hundreds even when zero ("không trăm"),
 * and an all-zero group is not read.
 */
public final class AmountInWords {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] SCALES = {"", "nghìn", "triệu"};
    private static final long THOUSAND_MILLION = 1_000_000_000L;

    private AmountInWords() {
    }

    /** {@code vnd} (zero or more) in words, capitalised, ending in "đồng". */
    public static String of(long vnd) {
        if (vnd < 0) {
            throw new IllegalArgumentException("An amount to write in words cannot be negative: " + vnd);
        }
        String words = vnd == 0 ? DIGITS[0] : String.join(" ", read(vnd, false));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
    }

    /** Below a thousand million: up to three groups; above it, what is left of "tỷ" read the same way. */
    private static List<String> read(long number, boolean followsGroup) {
        List<String> words = new ArrayList<>();
        if (number >= THOUSAND_MILLION) {
            words.addAll(read(number / THOUSAND_MILLION, followsGroup));
            words.add("tỷ");
            number %= THOUSAND_MILLION;
            followsGroup = true;
        }
        int[] groups = {(int) (number / 1_000_000), (int) (number / 1_000 % 1_000), (int) (number % 1_000)};
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == 0) {
                continue;
            }
            words.addAll(group(groups[i], followsGroup));
            if (!SCALES[2 - i].isEmpty()) {
                words.add(SCALES[2 - i]);
            }
            followsGroup = true;
        }
        return words;
    }

    /** One group of three digits, 1 to 999. */
    private static List<String> group(int n, boolean followsGroup) {
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int units = n % 10;
        List<String> words = new ArrayList<>();
        if (hundreds > 0 || followsGroup) {
            words.add(DIGITS[hundreds]);
            words.add("trăm");
        }
        boolean readsBefore = !words.isEmpty();
        if (tens == 0) {
            if (units > 0 && readsBefore) {
                words.add("linh");
            }
        } else if (tens == 1) {
            words.add("mười");
        } else {
            words.add(DIGITS[tens]);
            words.add("mươi");
        }
        if (units > 0) {
            words.add(unit(units, tens));
        }
        return words;
    }

    private static String unit(int units, int tens) {
        if (units == 1 && tens >= 2) {
            return "mốt";
        }
        if (units == 5 && tens >= 1) {
            return "lăm";
        }
        return DIGITS[units];
    }
}
