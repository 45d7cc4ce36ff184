package vn.motcua.calendar;

/** Why a date is special in the working-time calendar. */
public enum DayKind {
    /** Public holiday (ngày lễ, Tết) under Labour Code 2019 art. 112. */
    HOLIDAY("holiday"),
    /** Day off replacing a holiday that fell on a weekly rest day (nghỉ bù). */
    SUBSTITUTE_DAY_OFF("substitute_day_off"),
    /** Extra day off decided for the year (ngày nghỉ thêm, hoán đổi ngày làm việc). */
    EXTRA_DAY_OFF("extra_day_off"),
    /** Weekly rest day made a working day for the year (ngày làm bù). */
    MAKEUP_WORKING_DAY("makeup_working_day"),
    /** Weekly rest day (ngày nghỉ hằng tuần): Saturday and Sunday by default. */
    WEEKEND("weekend");

    private final String code;

    DayKind(String code) {
        this.code = code;
    }

    /** Stable code for storage and APIs. */
    public String code() {
        return code;
    }

    /** Whether a date of this kind is a working day. */
    public boolean working() {
        return this == MAKEUP_WORKING_DAY;
    }
}
