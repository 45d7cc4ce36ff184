package vn.motcua.payment;

/**
 * What an officer shows at the counter for a VietQR transfer: the unit's collection account, what the
 * dossier still owes, the dossier code as the transfer's content, and the VietQR payload that carries them.
 *
 * @param account the collecting unit's account the transfer goes to
 * @param amountVnd what the dossier still owes, in đồng
 * @param reference the transfer's content: the dossier code
 * @param payload the text of the VietQR code (EMVCo merchant-presented)
 */
public record CounterTransfer(CollectionAccount account, long amountVnd, String reference, String payload) {
}
