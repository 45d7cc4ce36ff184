package vn.motcua.payment.internal.reconciliation;

/**
 * A successful payment as one side of the reconciliation records it: the province's payments or the
 * platform's settlement report.
 *
 * @param reference mã tham chiếu, unique per attempt on both sides
 * @param dossierCode mã hồ sơ
 * @param amountVnd số tiền, in đồng
 * @param accountNumber tài khoản thụ hưởng
 * @param bankCode mã ngân hàng thụ hưởng
 */
record Transaction(String reference, String dossierCode, long amountVnd, String accountNumber, String bankCode) {

    /** The beneficiary as one text, for comparing and for showing: {@code account @ bank}. */
    String beneficiary() {
        return accountNumber + " @ " + bankCode;
    }
}
