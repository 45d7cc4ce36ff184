package vn.motcua.result;

import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.dossier.AttachedFile;

/**
 * Kết quả điện tử đã ban hành: a result document became final — signed where the procedure asks, sealed
 * by the unit, numbered {@code {dossier code}-KQ{n}}. Published in the transaction that sealed it, for the
 * applicant's data store and the national data store to keep and for the index to count.
 *
 * @param resultCode {@code {dossier code}-KQ{n}}
 * @param dossierCode the dossier it answers (MaHoSo)
 * @param procedureCode the national procedure code (MaTTHC)
 * @param ownerId the applicant's identity number (personal ID or enterprise code) it is kept under
 * @param title what the document is, as the procedure names its result
 * @param file the signed file in the document store
 * @param validUntil the last day it is valid; null when it does not expire
 * @param issuedAt when it was sealed
 */
public record ResultIssued(String resultCode, String dossierCode, String procedureCode, String ownerId, String title,
        AttachedFile file, LocalDate validUntil, Instant issuedAt) {
}
