package vn.motcua.payment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A difference the daily reconciliation (đối soát) found, kept until an administrator resolves it with a
 * note.
 *
 * @param id its number
 * @param day the day reconciled
 * @param kind what disagrees
 * @param reference the payment's reference (MaThamChieu)
 * @param dossierCode the dossier, as the side that has the payment names it
 * @param ourAmountVnd the province's amount; null when missing on our side
 * @param platformAmountVnd the platform's amount; null when missing on its side
 * @param ourAccount the province's beneficiary ({@code account @ bank}); null when missing on our side
 * @param platformAccount the platform's beneficiary; null when missing on its side
 * @param foundAt when a run first found it
 * @param resolvedAt when it was resolved; null while open
 * @param resolvedBy the administrator who resolved it
 * @param note what the administrator found and did
 */
public record ReconciliationDifference(long id, LocalDate day, DifferenceKind kind, String reference,
        String dossierCode, Long ourAmountVnd, Long platformAmountVnd, String ourAccount, String platformAccount,
        Instant foundAt, Instant resolvedAt, String resolvedBy, String note) {

    public boolean open() {
        return resolvedAt == null;
    }
}
