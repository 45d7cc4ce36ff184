package vn.motcua.payment.internal;

/** The platform did not answer, or answered with a refusal or an answer that is not its own. */
class PlatformUnavailableException extends RuntimeException {

    PlatformUnavailableException(String message) {
        super(message);
    }

    PlatformUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
