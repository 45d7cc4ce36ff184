package vn.motcua.payment;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One payment attempt as pages, receipts and reconciliation see it.
 *
 * @param reference its reference (MaThamChieu), unique per attempt
 * @param dossierCode the dossier it pays for
 * @param unitCode the unit that collects the fees
 * @param channel online or at the counter
 * @param state where it stands
 * @param amountVnd the amount asked, in đồng
 * @param fees the fees it pays
 * @param accountNumber the collection account credited (TKThuHuong)
 * @param bankCode that account's bank (MaNHThuHuong)
 * @param payerName who paid, once known
 * @param payerBank the payer's bank, once known (online)
 * @param bankReference the bank's or the platform's transaction reference, once known
 * @param createdAt when it was created
 * @param settledAt when it reached its outcome; null while open
 * @param overpaidVnd what it paid for fees already paid, flagged for refund
 * @param lastProblem why the last platform message about it was refused, if one was
 */
public record PaymentView(String reference, String dossierCode, String unitCode, PaymentChannel channel,
        PaymentState state, long amountVnd, List<Fee> fees, String accountNumber, String bankCode, String payerName,
        String payerBank, String bankReference, Instant createdAt, Instant settledAt, long overpaidVnd,
        String lastProblem) implements Serializable {

    public PaymentView {
        fees = List.copyOf(fees);
    }

    /** Succeeded and not given back: the money is the province's. */
    public boolean paid() {
        return state == PaymentState.SUCCEEDED;
    }

    /** An overpayment that still waits for its refund. */
    public boolean refundDue() {
        return overpaidVnd > 0 && state == PaymentState.SUCCEEDED;
    }
}
