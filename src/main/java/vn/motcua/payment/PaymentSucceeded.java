package vn.motcua.payment;

import java.time.Instant;
import java.util.List;

/**
 * A payment attempt succeeded and paid fees that were not paid before: published once per attempt, in the
 * transaction that records the success. A success for fees already paid publishes {@link PaymentOverpaid}.
 *
 * @param reference the attempt's reference (MaThamChieu)
 * @param dossierCode the dossier it pays for
 * @param unitCode the unit that collects the fees
 * @param amountVnd what the payer paid, in đồng
 * @param fees the fees it paid
 * @param channel online or at the counter
 * @param accountNumber the collection account credited (TKThuHuong)
 * @param bankCode that account's bank (MaNHThuHuong)
 * @param payerName who paid, as the platform or the officer named them
 * @param paidAt when the payment was recorded as succeeded
 */
public record PaymentSucceeded(String reference, String dossierCode, String unitCode, long amountVnd,
        List<Fee> fees, PaymentChannel channel, String accountNumber, String bankCode, String payerName,
        Instant paidAt) {

    public PaymentSucceeded {
        fees = List.copyOf(fees);
    }
}
