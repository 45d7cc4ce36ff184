package vn.motcua.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a 12-digit personal ID number (số định danh cá nhân) says about its holder (DOCUMENTS.md): digits
 * 1–3 the province where the birth was registered, digit 4 the century and sex (0/1 a man/woman born in
 * the 20th century, 2/3 in the 21st, 4/5 in the 22nd, …), digits 5–6 the last two digits of the year of
 * birth. Plain Java, so the e-forms and the counter can check what was typed against the number.
 *
 * @param provinceCode mã tỉnh nơi đăng ký khai sinh
 * @param sex giới tính
 * @param birthYear năm sinh
 */
public record IdNumberMeaning(String provinceCode, Sex sex, int birthYear) {

    /** Giới tính, as digit 4 codes it: even a man, odd a woman. */
    public enum Sex {
        MALE, FEMALE
    }

    /** A disagreement between the number and what was typed beside it. */
    public enum Mismatch {
        /** Digits 5–6, or the century of digit 4, name another year than the date of birth's. */
        BIRTH_YEAR,
        /** Digit 4 names the other sex. */
        SEX
    }

    private static final Pattern DIGITS = Pattern.compile("\\d{12}");

    /**
     * The number's meaning, whatever its century (a living applicant's is checked by
     * {@link PersonalIdNumber#isValid}); empty when it is not 12 digits starting with a province code.
     */
    public static Optional<IdNumberMeaning> of(String idNumber) {
        String id = idNumber == null ? "" : idNumber.strip();
        if (!DIGITS.matcher(id).matches() || !PersonalIdNumber.knownProvince(id.substring(0, 3))) {
            return Optional.empty();
        }
        int centuryAndSex = id.charAt(3) - '0';
        int year = 1900 + centuryAndSex / 2 * 100 + Integer.parseInt(id.substring(4, 6));
        return Optional.of(new IdNumberMeaning(id.substring(0, 3), centuryAndSex % 2 == 0 ? Sex.MALE : Sex.FEMALE,
                year));
    }

    /** What disagrees with the date of birth and the sex typed (either may be null: not checked then). */
    public List<Mismatch> against(LocalDate birthDate, Sex typedSex) {
        List<Mismatch> found = new ArrayList<>();
        if (birthDate != null && birthDate.getYear() != birthYear) {
            found.add(Mismatch.BIRTH_YEAR);
        }
        if (typedSex != null && typedSex != sex) {
            found.add(Mismatch.SEX);
        }
        return List.copyOf(found);
    }
}
