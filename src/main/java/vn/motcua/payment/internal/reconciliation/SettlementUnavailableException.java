package vn.motcua.payment.internal.reconciliation;

/** The platform did not give its settlement report: the day is not reconciled, and is tried again. */
public class SettlementUnavailableException extends RuntimeException {

    SettlementUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
