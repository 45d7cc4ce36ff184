package vn.motcua.nationalcatalog;

import java.time.Instant;
import java.util.List;

/**
 * A national procedure as the administrator sees it: its content now, its standing, and what changed.
 *
 * @param procedure the content the national database served last
 * @param status new, changed or unchanged
 * @param firstSeenAt when a sync first found it
 * @param changedAt when a sync last found it different
 * @param adoptedAt when the province last published a version of it, null if never since syncs began
 * @param changes what differs from the province's baseline (empty for a new or unchanged one)
 */
public record NationalEntry(NationalProcedure procedure, NationalStatus status, Instant firstSeenAt,
        Instant changedAt, Instant adoptedAt, List<FieldChange> changes) {

    public NationalEntry {
        changes = List.copyOf(changes);
    }
}
