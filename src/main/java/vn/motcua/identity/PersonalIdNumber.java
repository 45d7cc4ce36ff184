package vn.motcua.identity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Số định danh cá nhân: the 12-digit personal ID number on the citizen ID card, checked for what it
 * can say (DOCUMENTS.md). Digits 1–3 are the province where the birth was registered — one of the 63
 * codes of Circular 59/2021/TT-BCA, which numbers issued before the 2025 merger of provinces keep —,
 * digit 4 the century and sex (0/1 born in the 1900s, 2/3 in the 2000s; the codes of other centuries
 * belong to no living applicant), digits 5–6 the year of birth, the rest random. So
 * {@code 000000000000} or a number from province 003 is refused, not stored.
 */
public final class PersonalIdNumber {

    private static final Pattern DIGITS = Pattern.compile("\\d{12}");
    private static final Set<String> PROVINCES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    private PersonalIdNumber() {
    }

    /** Whether the text, without surrounding spaces, is a personal ID number that can exist. */
    public static boolean isValid(String text) {
        if (text == null || !DIGITS.matcher(text.strip()).matches()) {
            return false;
        }
        String id = text.strip();
        return knownProvince(id.substring(0, 3)) && id.charAt(3) <= '3';
    }

    /** Whether the three digits are one of the 63 province codes of birth registration. */
    static boolean knownProvince(String code) {
        return PROVINCES.contains(code);
    }
}
