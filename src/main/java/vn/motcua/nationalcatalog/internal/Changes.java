package vn.motcua.nationalcatalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.motcua.nationalcatalog.FieldChange;
import vn.motcua.nationalcatalog.NationalProcedure;

/** What differs between two listings of a national procedure, part by part, in the order the page shows them. */
final class Changes {

    private Changes() {
    }

    static List<FieldChange> between(NationalProcedure before, NationalProcedure after) {
        Map<String, String> old = parts(before);
        Map<String, String> now = parts(after);
        List<FieldChange> changes = new ArrayList<>();
        now.forEach((field, value) -> {
            if (!Objects.equals(old.get(field), value)) {
                changes.add(new FieldChange(field, old.get(field), value));
            }
        });
        return changes;
    }

    private static Map<String, String> parts(NationalProcedure p) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("name", p.name());
        parts.put("decision", p.decision());
        parts.put("field", p.field());
        parts.put("levels", String.join(", ", p.levels()));
        parts.put("applicants", p.applicants());
        parts.put("result", p.result());
        parts.put("resultCode", p.resultCode());
        parts.put("ministry", p.ministry());
        parts.put("source", p.source());
        return parts;
    }
}
