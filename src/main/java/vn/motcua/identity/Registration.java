package vn.motcua.identity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.util.StringUtils;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * What a person types to open an account (đăng ký tài khoản). Each problem is recorded under the
 * field's name so the form can show it next to the field.
 */
public record Registration(String username, ApplicantType type, String idNumber, String fullName, String email, String phone,
        String password, String passwordConfirmation) {

    /** Mã số thuế: 10 digits, or 13 with a branch suffix (0101234567-001). */
    static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
    /** Agencies and other organisations: a registration code of letters, digits and dashes. */
    private static final Pattern REGISTRATION_CODE = Pattern.compile("[0-9A-Z][0-9A-Z.-]{4,19}");
    /** Tên đăng nhập: lower-case letters, digits, dot, dash, underscore; what a citizen can type anywhere. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{8,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The username as stored: no surrounding spaces, lower case. */
    public String normalisedUsername() {
        return normaliseUsername(username);
    }

    static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** The ID number as stored: no spaces, letters upper case. */
    public String normalisedIdNumber() {
        return normalise(idNumber);
    }

    /** An ID number as typed, the way accounts keep it: no spaces, letters upper case. */
    private static String normalise(String idNumber) {
        return idNumber == null ? "" : idNumber.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    void check(Problems problems) {
        problems.when(!USERNAME.matcher(normalisedUsername()).matches(), "username", "identity.username.invalid");
        problems.when(type == null, "type", "identity.type.required");
        checkIdNumber(problems);
        problems.when(!StringUtils.hasText(fullName), "fullName", "identity.fullName.required");
        InputLimits.line(problems, "fullName", fullName, InputLimits.NAME);
        InputLimits.line(problems, "email", email, InputLimits.CONTACT);
        problems.when(!StringUtils.hasText(phone), "phone", "identity.phone.required");
        problems.when(StringUtils.hasText(phone) && !PHONE.matcher(phone.strip()).matches(), "phone",
                "identity.phone.invalid");
        problems.when(StringUtils.hasText(email) && !EMAIL.matcher(email.strip()).matches(), "email",
                "identity.email.invalid");
        Passwords.check(password, passwordConfirmation, normalisedIdNumber(), "password", problems);
    }

    private void checkIdNumber(Problems problems) {
        String id = normalisedIdNumber();
        if (id.isEmpty()) {
            problems.add("idNumber", "identity.idNumber.required");
        } else if (type == ApplicantType.CITIZEN && !PersonalIdNumber.isValid(id)) {
            problems.add("idNumber", "identity.idNumber.personal");
        } else if (type == ApplicantType.BUSINESS && !TAX_CODE.matcher(id).matches()) {
            problems.add("idNumber", "identity.idNumber.taxCode");
        } else if (type != null && !REGISTRATION_CODE.matcher(id).matches()) {
            problems.add("idNumber", "identity.idNumber.organisation");
        }
    }
}
