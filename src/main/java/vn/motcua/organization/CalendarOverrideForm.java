package vn.motcua.organization;

import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * What an administrator types to swap a day: the date ({@code yyyy-MM-dd}), the kind
 * ({@code EXTRA_DAY_OFF} or {@code MAKEUP_WORKING_DAY}) and why (e.g. the government's notice).
 */
public record CalendarOverrideForm(String date, String kind, String name) {

    public static CalendarOverrideForm blank() {
        return new CalendarOverrideForm("", "MAKEUP_WORKING_DAY", "");
    }

    /** Records every field past its limit (README "Input limits"). */
    public Problems limits(Problems problems) {
        InputLimits.line(problems, "name", name, InputLimits.NAME);
        InputLimits.line(problems, "date", date, InputLimits.NAME);
        return problems;
    }
}
