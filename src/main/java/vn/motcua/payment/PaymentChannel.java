package vn.motcua.payment;

/** How a payment was made; never cash (DOMAIN.md §7). */
public enum PaymentChannel {
    /** Online through the national payment platform (Nền tảng thanh toán quốc gia): counts as paid online. */
    NATIONAL_PLATFORM,
    /** At the counter, by a VietQR transfer to the unit's collection account. */
    COUNTER_QR,
    /** At the counter, by card. */
    COUNTER_CARD;

    /** Paid online in the index's sense (4.1, 4.2). */
    public boolean online() {
        return this == NATIONAL_PLATFORM;
    }
}
