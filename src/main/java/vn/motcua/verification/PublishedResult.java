package vn.motcua.verification;

import java.time.LocalDateTime;
import vn.motcua.dossier.AttachedFile;

/**
 * A result the province issued, as the public verification page shows it: no applicant's data, only what
 * the result itself carries and whether its stored file still holds.
 *
 * @param resultCode {@code {dossier code}-KQ{n}}
 * @param dossierCode the dossier it settled
 * @param procedureCode the procedure's code in the national catalog
 * @param procedureName the procedure's name
 * @param issuedAt when the dossier was marked done with it (local time)
 * @param file the stored file, for its download
 * @param storedIntact the stored bytes still have the SHA-256 recorded when the result was issued
 * @param verification the validation of the stored file's signatures
 */
public record PublishedResult(String resultCode, String dossierCode, String procedureCode, String procedureName,
        LocalDateTime issuedAt, AttachedFile file, boolean storedIntact, Verification verification) {
}
