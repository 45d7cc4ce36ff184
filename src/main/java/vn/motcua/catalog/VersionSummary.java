package vn.motcua.catalog;

import java.time.Instant;

/**
 * One line of a procedure's history.
 *
 * @param versionId stable identifier
 * @param version number, from 1
 * @param status in force, superseded or retired
 * @param name the name in that version
 * @param decision the decision that published it
 * @param publishedAt when it entered the catalog
 * @param endedAt when it stopped being in force, null while in force
 */
public record VersionSummary(long versionId, int version, VersionStatus status, String name,
        AnnouncementDecision decision, Instant publishedAt, Instant endedAt) {

    public static VersionSummary of(Procedure p) {
        return new VersionSummary(p.versionId(), p.version(), p.status(), p.content().name(), p.content().decision(),
                p.publishedAt(), p.endedAt());
    }
}
