package vn.motcua.integration.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.motcua.platform.InputLimits;

/**
 * Reads the fields of one object of a portal line — the dossier, or an entry of one of its lists —
 * and records what is wrong instead of stopping at the first problem, so a line is reported with
 * every reason at once. Numbers may come as JSON numbers or as strings ({@code 2} or {@code "2"}):
 * provincial systems send both. Problems name the field with its path, e.g. {@code DanhSachLePhi[2].Gia}.
 */
final class PortalFields {

    private final JsonNode node;
    private final String path;
    private final List<LineProblem> problems;

    private PortalFields(JsonNode node, String path, List<LineProblem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    static PortalFields of(JsonNode dossier, List<LineProblem> problems) {
        return new PortalFields(dossier, "", problems);
    }

    /** The field's text, stripped; null when missing, null or blank. */
    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            String text = value.stringValue().strip();
            if (InputLimits.hasControl(text, false)) {
                problem("limits.import.control", name(field));
                return null;
            }
            return text.isEmpty() ? null : text;
        }
        if (value.isNumber()) {
            return value.asString();
        }
        problem("integration.field.notText", name(field));
        return null;
    }

    /** The field's text; a problem when missing or longer than {@code maxLength}. */
    String requiredText(String field, int maxLength) {
        String text = present(field);
        if (text != null && text.length() > maxLength) {
            problem("integration.field.tooLong", name(field), maxLength);
            return null;
        }
        return text;
    }

    /**
     * A coded value between {@code min} and {@code max} (e.g. KenhThucHien 1–3); null when missing
     * (a problem too when {@code required}) or invalid.
     */
    Integer code(String field, int min, int max, boolean required) {
        String text = required ? present(field) : text(field);
        if (text == null) {
            return null;
        }
        Long value = integer(text);
        if (value == null || value < min || value > max) {
            problem("integration.field.choice", name(field), text, min + "–" + max);
            return null;
        }
        return value.intValue();
    }

    /** A 0/1 indicator (e.g. DuocSoHoa); missing counts as 0. */
    boolean flag(String field) {
        Integer value = code(field, 0, 1, false);
        return value != null && value == 1;
    }

    /** A moment in {@code yyyyMMddHHmmss}; null when missing or invalid (a problem then). */
    LocalDateTime date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        LocalDateTime moment = PortalDates.parse(text);
        when(moment == null, "integration.date.invalid", name(field), text);
        return moment;
    }

    /** A moment that must be there. */
    LocalDateTime requiredDate(String field) {
        int known = problems.size();
        LocalDateTime moment = date(field);
        when(moment == null && problems.size() == known, "integration.field.required", name(field));
        return moment;
    }

    /** An amount of money in VND: a required non-negative integer. */
    Long amount(String field) {
        String text = present(field);
        if (text == null) {
            return null;
        }
        Long value = integer(text);
        when(value == null || value < 0, "integration.amount.invalid", name(field), text);
        return value == null || value < 0 ? null : value;
    }

    /** The objects of a list field; empty when missing. A problem when it is not a list of objects. */
    List<PortalFields> entries(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problem("integration.field.notList", name(field));
            return List.of();
        }
        List<PortalFields> entries = new ArrayList<>(value.size());
        int index = 0;
        for (JsonNode entry : value.values()) {
            String entryPath = name(field) + "[" + index++ + "]";
            if (entry.isObject()) {
                entries.add(new PortalFields(entry, entryPath + ".", problems));
            } else {
                problem("integration.field.notObject", entryPath);
            }
        }
        return entries;
    }

    /** The field's text; a problem when it is missing (a wrong type is already reported by {@link #text}). */
    private String present(String field) {
        int known = problems.size();
        String text = text(field);
        when(text == null && problems.size() == known, "integration.field.required", name(field));
        return text;
    }

    /** The field's name as problems show it, with the path of the entry it belongs to. */
    String name(String field) {
        return path + field;
    }

    private void when(boolean condition, String messageKey, Object... arguments) {
        if (condition) {
            problem(messageKey, arguments);
        }
    }

    void problem(String messageKey, Object... arguments) {
        problems.add(LineProblem.of(messageKey, arguments));
    }

    /** A whole number written with digits only (an optional minus), null otherwise or when it overflows. */
    private static Long integer(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 18) {
            return null;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(text);
    }
}
