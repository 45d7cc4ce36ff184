package vn.motcua.payment.internal.reconciliation;

import vn.motcua.payment.DifferenceKind;

/**
 * One thing the two sides of a day disagree on.
 *
 * @param kind what disagrees
 * @param reference the payment's reference
 * @param ours the province's record; null when missing on our side
 * @param platform the platform's record; null when missing on the platform's side
 */
record Difference(DifferenceKind kind, String reference, Transaction ours, Transaction platform) {

    String dossierCode() {
        return ours != null ? ours.dossierCode() : platform.dossierCode();
    }
}
