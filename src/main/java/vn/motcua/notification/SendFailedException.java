package vn.motcua.notification;

/** A channel could not hand a message over now; the outbox retries it later. */
public class SendFailedException extends RuntimeException {

    public SendFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public SendFailedException(String message) {
        super(message);
    }
}
