package vn.motcua.statistics;

import java.util.Locale;
import java.util.Optional;

/** Tổng hợp theo: how the rows of a report are grouped. */
public enum Breakdown {
    /** Đơn vị: the processing unit. */
    UNIT,
    /** Lĩnh vực: the procedure's field in the catalog. */
    FIELD,
    /** Thủ tục hành chính: the national procedure code. */
    PROCEDURE,
    /** Kênh: counter, online, post. */
    CHANNEL;

    /** The breakdown named in a form ("unit", "field"…), empty for any other text. */
    public static Optional<Breakdown> of(String text) {
        for (Breakdown breakdown : values()) {
            if (breakdown.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(breakdown);
            }
        }
        return Optional.empty();
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
