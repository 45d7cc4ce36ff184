package vn.motcua.notification;

/**
 * An SMS gateway (nhà cung cấp SMS brandname). The default one posts JSON to a configurable URL
 * (README "Notifications"); the demo's URL is the application's own {@link SmsSimulator}.
 */
public interface SmsGateway {

    /**
     * Hands the message over; returns normally once the gateway took it (or says it already had it).
     *
     * @throws SendFailedException when it did not answer, or refused: the outbox tries again later
     */
    void send(SmsMessage message);
}
