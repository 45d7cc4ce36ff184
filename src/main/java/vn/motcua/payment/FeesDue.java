package vn.motcua.payment;

/**
 * What a dossier owes changed: published when it is created with its procedure's fees and when an officer
 * requires a financial obligation, in that transition's transaction.
 *
 * @param dossierCode the dossier
 * @param dueVnd every fee of the dossier, in đồng
 * @param trackingSeq the tracking sheet line of the transition that changed it, to order the events
 */
public record FeesDue(String dossierCode, long dueVnd, int trackingSeq) {
}
