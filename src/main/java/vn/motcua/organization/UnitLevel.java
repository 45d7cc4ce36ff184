package vn.motcua.organization;

/** The two levels of local government since 1 July 2025: province (tỉnh) and commune (xã/phường). */
public enum UnitLevel {
    PROVINCE("province"),
    COMMUNE("commune");

    private final String code;

    UnitLevel(String code) {
        this.code = code;
    }

    /** The lower-case code the public API and the catalog use. */
    public String code() {
        return code;
    }

    public static UnitLevel fromCode(String code) {
        for (UnitLevel level : values()) {
            if (level.code.equalsIgnoreCase(code) || level.name().equalsIgnoreCase(code)) {
                return level;
            }
        }
        throw new IllegalArgumentException("Unknown unit level: " + code);
    }
}
