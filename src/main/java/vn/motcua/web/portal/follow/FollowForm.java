package vn.motcua.web.portal.follow;

import java.util.Locale;
import vn.motcua.platform.Problems;

/** Mã hồ sơ and the applicant's ID number, as typed on the look-up form. */
record FollowForm(String code, String idNumber) {

    static FollowForm blank(String code) {
        return new FollowForm(code, null);
    }

    /** Codes are printed in upper case; people type them as they like. */
    String normalisedCode() {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    String normalisedIdNumber() {
        return idNumber == null ? "" : idNumber.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    void check(Problems problems) {
        problems.when(normalisedCode().isEmpty(), "code", "follow.code.required")
                .when(normalisedIdNumber().isEmpty(), "idNumber", "follow.idNumber.required");
    }
}
