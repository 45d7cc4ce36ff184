package vn.motcua.catalog;

import org.springframework.util.StringUtils;

/**
 * A search of the catalog as the portal offers it: free text or a code, and filters.
 *
 * @param text words with or without diacritics, or a code (national or localised, a prefix is enough)
 * @param field only this lĩnh vực, null for all
 * @param level only this level, null for both
 * @param unit only procedures this unit is competent for, null for all
 * @param page page number, from 1
 * @param size results per page, 1 to {@link #MAX_SIZE}
 * @param fullyOnline only procedures that can be done fully online (dịch vụ công trực tuyến toàn trình)
 */
public record ProcedureQuery(String text, String field, ProcedureLevel level, String unit, int page, int size,
        boolean fullyOnline) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public ProcedureQuery {
        text = StringUtils.hasText(text) ? text.strip() : null;
        field = StringUtils.hasText(field) ? field.strip() : null;
        unit = StringUtils.hasText(unit) ? unit.strip() : null;
        page = Math.max(page, 1);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /** A query without the fully-online filter. */
    public ProcedureQuery(String text, String field, ProcedureLevel level, String unit, int page, int size) {
        this(text, field, level, unit, page, size, false);
    }

    public static ProcedureQuery text(String text) {
        return new ProcedureQuery(text, null, null, null, 1, DEFAULT_SIZE);
    }

    /** Rows skipped before this page. */
    public int offset() {
        return (page - 1) * size;
    }
}
