package vn.motcua.payment;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Biên lai điện tử: the electronic receipt of one successful payment.
 *
 * @param number số biên lai, {@code BL-{unit}-{yyyy}-{n}}: per collecting unit and year, without gaps
 * @param paymentReference the payment it receipts (MaThamChieu), one receipt each
 * @param dossierCode the dossier paid for
 * @param unitCode the unit that collected the fees
 * @param payerName người nộp tiền
 * @param fees each fee paid, with its amount
 * @param amountVnd the total paid, in đồng
 * @param accountNumber the collection account credited
 * @param bankCode that account's bank
 * @param channel how it was paid
 * @param paidAt when the payment succeeded
 */
public record ElectronicReceipt(String number, String paymentReference, String dossierCode, String unitCode,
        String payerName, List<Fee> fees, long amountVnd, String accountNumber, String bankCode,
        PaymentChannel channel, Instant paidAt) implements Serializable {

    public ElectronicReceipt {
        fees = List.copyOf(fees);
    }

    /** The file name it downloads under, e.g. {@code BL-000.00.12.H18-2026-7.pdf}. */
    public String fileName() {
        return number + ".pdf";
    }
}
