package vn.motcua.dossier;

import java.util.regex.Pattern;
import org.springframework.util.StringUtils;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.identity.PersonalIdNumber;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * Chủ hồ sơ: the citizen, business, agency or organisation the dossier is for.
 *
 * @param type citizen, business, agency or organisation
 * @param idNumber a citizen's 12-digit personal ID number (số định danh cá nhân), else a tax or
 *     registration code
 * @param name full name or organisation name
 * @param phone contact phone
 * @param email contact e-mail
 * @param address contact address
 */
public record Applicant(ApplicantType type, String idNumber, String name, String phone, String email,
        String address) {

    private static final Pattern ORGANISATION_CODE = Pattern.compile("[0-9A-Z][0-9A-Z-]{4,19}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{8,15}");

    /** Checks the fields, recording each problem under {@code prefix + field}. */
    public void check(String prefix, Problems problems) {
        problems.when(type == null, prefix + "type", "dossier.applicant.type.required");
        problems.when(!StringUtils.hasText(name), prefix + "name", "dossier.applicant.name.required");
        boolean citizen = type == ApplicantType.CITIZEN;
        String id = idNumber == null ? "" : idNumber.strip();
        problems.when(id.isEmpty(), prefix + "idNumber", "dossier.applicant.idNumber.required");
        problems.when(!id.isEmpty() && citizen && !PersonalIdNumber.isValid(id), prefix + "idNumber",
                "dossier.applicant.idNumber.personal");
        problems.when(!id.isEmpty() && !citizen && !ORGANISATION_CODE.matcher(id).matches(), prefix + "idNumber",
                "dossier.applicant.idNumber.organisation");
        problems.when(StringUtils.hasText(phone) && !PHONE.matcher(phone.strip()).matches(), prefix + "phone",
                "dossier.applicant.phone.invalid");
        problems.when(StringUtils.hasText(email) && !email.contains("@"), prefix + "email",
                "dossier.applicant.email.invalid");
        InputLimits.line(problems, prefix + "name", name, InputLimits.NAME);
        InputLimits.line(problems, prefix + "email", email, InputLimits.CONTACT);
        InputLimits.multiline(problems, prefix + "address", address, InputLimits.ADDRESS);
    }
}
