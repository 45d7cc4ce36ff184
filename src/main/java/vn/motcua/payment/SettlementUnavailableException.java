package vn.motcua.payment;

/** The platform did not give its settlement report: the day is not reconciled, and is tried again. */
public class SettlementUnavailableException extends RuntimeException {

    public SettlementUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
