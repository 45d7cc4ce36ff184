package vn.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A catalog enum written in JSON, the database and URLs as its lower-case name ({@code working_days},
 * {@code counter}), the spelling of the national catalog data; message keys end in the same code.
 */
public interface Coded {

    String name();

    @JsonValue
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant whose code or name is {@code value}, ignoring case and blanks; null when none. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        return null;
    }
}
