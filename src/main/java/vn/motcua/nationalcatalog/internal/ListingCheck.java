package vn.motcua.nationalcatalog.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.motcua.nationalcatalog.NationalProcedure;
import vn.motcua.platform.InputLimits;

/**
 * What the sync takes from the national listing: each code once (the first listing of it), only procedures
 * handled at province or commune level, and only those within the limits: a code of at most 60 letters,
 * digits, dots and dashes (as the national database writes them), a name, every text at most
 * {@link InputLimits#LONG_TEXT} characters, at most 10 levels. What falls outside is skipped and counted.
 */
final class ListingCheck {

    static final int MAX_PROCEDURES = 20_000;
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z.\\-]{1,60}");
    private static final int MAX_LEVELS = 10;

    private ListingCheck() {
    }

    /** The listing as kept, and how many listed procedures were refused. */
    record Checked(List<NationalProcedure> local, int served, int skipped) {
    }

    static Checked check(Collection<NationalProcedure> listed) {
        Map<String, NationalProcedure> byCode = new LinkedHashMap<>();
        int skipped = 0;
        for (NationalProcedure procedure : listed) {
            if (procedure == null || !valid(procedure)) {
                skipped++;
            } else {
                byCode.putIfAbsent(procedure.code(), procedure);
            }
        }
        return new Checked(byCode.values().stream().filter(NationalProcedure::local).toList(), byCode.size(), skipped);
    }

    private static boolean valid(NationalProcedure p) {
        return p.code() != null && CODE.matcher(p.code()).matches() && p.name() != null && !p.name().isBlank()
                && p.levels().size() <= MAX_LEVELS && p.levels().stream().allMatch(Objects::nonNull)
                && Stream.concat(Stream.of(p.name(), p.decision(), p.field(), p.applicants(), p.result(),
                        p.resultCode(), p.ministry(), p.source()), p.levels().stream())
                        .allMatch(text -> text == null || text.length() <= InputLimits.LONG_TEXT);
    }
}
