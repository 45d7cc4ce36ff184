package vn.motcua.organization;

import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * What an administrator types to create or change an officer. The password is only set when given
 * (blank keeps the current one when editing).
 */
public record OfficerForm(String username, String fullName, String role, String unit, String title,
        String password, Boolean enabled) {

    /** An unticked checkbox sends nothing: that means false. */
    public OfficerForm {
        enabled = Boolean.TRUE.equals(enabled);
    }

    public static OfficerForm blank() {
        return new OfficerForm("", "", Role.RECEPTION.name(), "", "", "", true);
    }

    public static OfficerForm of(Officer officer) {
        return new OfficerForm(officer.username(), officer.fullName(), officer.role().name(), officer.unit(),
                officer.title() == null ? "" : officer.title(), "", officer.enabled());
    }

    /** Records every field past its limit (README "Input limits"); the password has its own rules. */
    public Problems limits(Problems problems) {
        InputLimits.line(problems, "username", username, InputLimits.NAME);
        InputLimits.line(problems, "fullName", fullName, InputLimits.NAME);
        InputLimits.line(problems, "title", title, InputLimits.NAME);
        InputLimits.line(problems, "unit", unit, InputLimits.NAME);
        return problems;
    }
}
