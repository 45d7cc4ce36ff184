package vn.motcua.payment;

/**
 * Where a payment attempt stands (the transitions are {@link PaymentStateMachine}'s).
 */
public enum PaymentState {
    /** Recorded here, not yet sent to the platform. */
    CREATED,
    /** The platform took the order; the payer is paying. */
    SUBMITTED,
    /** The money was taken. */
    SUCCEEDED,
    /** The platform or the bank refused it. */
    FAILED,
    /** The payer gave up on the platform's page. */
    CANCELLED,
    /** No outcome came in time, and the platform knows of no payment. */
    EXPIRED,
    /** An overpayment given back to the payer. */
    REFUNDED;

    /** No answer from the platform can change it any more (a refund aside). */
    public boolean settled() {
        return this != CREATED && this != SUBMITTED;
    }
}
