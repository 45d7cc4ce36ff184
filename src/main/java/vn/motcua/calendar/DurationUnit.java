package vn.motcua.calendar;

import java.util.Arrays;

/** Unit of a procedure's time limit (đơn vị thời hạn giải quyết). */
public enum DurationUnit {
    /** Ngày làm việc: each is one working day's worth of working time. */
    WORKING_DAYS("working_days"),
    /** Ngày (calendar days); a due date on a non-working day moves to the next working day. */
    CALENDAR_DAYS("days"),
    /** Giờ làm việc: working time, crossing lunch breaks and nights. */
    WORKING_HOURS("working_hours");

    private final String code;

    DurationUnit(String code) {
        this.code = code;
    }

    /** Stable code for storage and APIs. */
    public String code() {
        return code;
    }

    public static DurationUnit fromCode(String code) {
        return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown duration unit '" + code
                        + "'; expected working_days, days or working_hours"));
    }
}
