package vn.motcua.organization;

import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * What a leader types to delegate: the deputy (username) and the first and last day, as an HTML date
 * field sends them ({@code yyyy-MM-dd}).
 */
public record DelegationForm(String deputy, String validFrom, String validTo) {

    public static DelegationForm blank() {
        return new DelegationForm("", "", "");
    }

    /** Records every field past its limit (README "When staff change"). */
    Problems limits(Problems problems) {
        InputLimits.line(problems, "deputy", deputy, InputLimits.NAME);
        InputLimits.line(problems, "validFrom", validFrom, InputLimits.NAME);
        InputLimits.line(problems, "validTo", validTo, InputLimits.NAME);
        return problems;
    }
}
