package vn.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/**
 * One version of a procedure (thủ tục hành chính) as published by one announcement decision.
 * Dossiers keep the {@code versionId} they were received under, so it never changes.
 *
 * @param versionId stable identifier of this version
 * @param version 1 for the first publication, then 2, 3, … per new decision
 * @param status in force, superseded or retired
 * @param localCode the code localised to the province, e.g. {@code 1.001193.000.00.00.H18}
 * @param publishedAt when this version was entered into the catalog
 * @param endedAt when a later version or the retirement ended it, null while in force
 * @param onlineEnabled an administrator's offer of online submission, null when none
 * @param content the published parts; its {@code source} (where the data came from, notes on the listing) is
 *     for administrators and left out of the public JSON
 */
public record Procedure(
        long versionId,
        int version,
        VersionStatus status,
        String localCode,
        Instant publishedAt,
        Instant endedAt,
        OnlineEnablement onlineEnabled,
        @JsonUnwrapped @JsonIgnoreProperties("source") ProcedureContent content) {

    public String code() {
        return content.code();
    }

    public boolean inForce() {
        return status == VersionStatus.IN_FORCE;
    }

    /**
     * Whether the portal takes dossiers online for this version: it is in force, lists the online method,
     * and either publishes an online level (toàn trình or một phần) or an administrator enabled it.
     * The submit pages and the dossier module ask this, not only the button.
     */
    public boolean offersOnline() {
        return inForce() && content.methods().contains(SubmissionMethod.ONLINE)
                && (content.onlineLevel() != null || onlineEnabled != null);
    }
}
