package vn.motcua.payment;

import java.time.Instant;

/**
 * A payment attempt succeeded for fees another attempt had already paid: the money is flagged for refund
 * and nothing else happens (no receipt, no move of the dossier).
 *
 * @param reference the attempt's reference (MaThamChieu)
 * @param dossierCode the dossier
 * @param unitCode the unit whose account received it
 * @param amountVnd what the attempt took in all
 * @param overpaidVnd what of it paid fees already paid, to refund
 * @param channel online or at the counter
 * @param paidAt when the success was recorded
 */
public record PaymentOverpaid(String reference, String dossierCode, String unitCode, long amountVnd,
        long overpaidVnd, PaymentChannel channel, Instant paidAt) {
}
