package vn.motcua.organization;

/**
 * What an administrator types to swap a day: the date ({@code yyyy-MM-dd}), the kind
 * ({@code EXTRA_DAY_OFF} or {@code MAKEUP_WORKING_DAY}) and why (e.g. the government's notice).
 */
public record CalendarOverrideForm(String date, String kind, String name) {

    public static CalendarOverrideForm blank() {
        return new CalendarOverrideForm("", "MAKEUP_WORKING_DAY", "");
    }
}
