package vn.motcua.organization;

import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * What an administrator types to issue an API token: for which officer, what it is for, and
 * optionally the last day it works ({@code yyyy-MM-dd}, empty for no end).
 */
public record ApiTokenForm(String officer, String name, String expiresOn) {

    public static ApiTokenForm blank() {
        return new ApiTokenForm("", "", "");
    }

    /** Records every field past its limit (README "Input limits"). */
    public Problems limits(Problems problems) {
        InputLimits.line(problems, "officer", officer, InputLimits.NAME);
        InputLimits.line(problems, "name", name, InputLimits.NAME);
        InputLimits.line(problems, "expiresOn", expiresOn, InputLimits.NAME);
        return problems;
    }
}
