package vn.motcua.catalog;

import java.time.Instant;

/**
 * A procedure was abolished (bãi bỏ): it has no version in force any more and leaves the search.
 *
 * @param code the procedure's code
 * @param versionId the version that was in force until now
 * @param retiredAt when
 */
public record ProcedureRetired(String code, long versionId, Instant retiredAt) {
}
