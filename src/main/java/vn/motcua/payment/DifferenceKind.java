package vn.motcua.payment;

/** What a reconciliation difference (chênh lệch đối soát) is; message keys end in the constant's name. */
public enum DifferenceKind {
    /** The platform settled a payment the province has no success for (or settled it twice). */
    MISSING_ON_OUR_SIDE,
    /** The province recorded a success the platform's report does not settle. */
    MISSING_ON_PLATFORM,
    /** Both sides have it with different amounts. */
    AMOUNT_MISMATCH,
    /** Both sides have it paid into different beneficiary accounts or banks. */
    ACCOUNT_MISMATCH
}
