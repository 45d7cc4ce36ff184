package vn.motcua.catalog;

import java.time.LocalDate;

/**
 * A version of a procedure came into the catalog: a new procedure ({@code version == 1}) or a change
 * published by a new announcement decision.
 *
 * @param code the procedure's code
 * @param versionId the new version, now in force
 * @param version its number
 * @param previousVersionId the version it replaces, null for a new procedure
 * @param effectiveFrom the decision's effective date
 * @param sevenPartsPublished whether all seven parts are published (Decision 766, criterion 1.3)
 */
public record ProcedurePublished(String code, long versionId, int version, Long previousVersionId,
        LocalDate effectiveFrom, boolean sevenPartsPublished) {
}
