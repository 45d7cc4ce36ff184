package vn.motcua.integration.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.VersionSummary;

/**
 * The units and procedures an import checks its lines against (dữ liệu tham chiếu), each looked up
 * once per import and then kept: a million lines name a few hundred procedures and units, so per-line
 * queries would cost more than the import itself. Not thread-safe: one per import.
 */
public final class References {

    private final Set<String> units;
    private final Function<String, List<VersionSummary>> versionsOf;
    private final LongFunction<Procedure> versionById;
    private final ZoneId zone;
    private final Map<String, List<VersionSummary>> versions = new HashMap<>();
    private final Map<Long, Procedure> procedures = new HashMap<>();

    /**
     * @param units identifiers of every unit of the province, dissolved ones included (history names them)
     * @param versionsOf every version of a procedure code, empty when the code is unknown
     * @param versionById one version in full
     * @param zone the zone of the portal's local times
     */
    public References(Set<String> units, Function<String, List<VersionSummary>> versionsOf,
            LongFunction<Procedure> versionById, ZoneId zone) {
        this.units = Set.copyOf(units);
        this.versionsOf = versionsOf;
        this.versionById = versionById;
        this.zone = zone;
    }

    boolean knownUnit(String identifier) {
        return units.contains(identifier);
    }

    /**
     * The version of the procedure in force at {@code at} (its reception), else its latest version —
     * history often predates the catalog's first version; empty when the code is unknown.
     */
    Optional<Procedure> procedure(String code, LocalDateTime at) {
        List<VersionSummary> known = versions.computeIfAbsent(code, versionsOf);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        VersionSummary chosen = at == null ? null : inForceAt(known, at.atZone(zone).toInstant());
        if (chosen == null) {
            chosen = known.stream().max(Comparator.comparingInt(VersionSummary::version)).orElseThrow();
        }
        return Optional.of(procedures.computeIfAbsent(chosen.versionId(), versionById::apply));
    }

    private static VersionSummary inForceAt(List<VersionSummary> known, Instant at) {
        for (VersionSummary version : known) {
            boolean started = !version.publishedAt().isAfter(at);
            boolean notEnded = version.endedAt() == null || at.isBefore(version.endedAt());
            if (started && notEnded) {
                return version;
            }
        }
        return null;
    }
}
