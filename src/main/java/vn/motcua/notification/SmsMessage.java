package vn.motcua.notification;

/**
 * One SMS as an {@link SmsGateway} gets it; {@code id} stays the same on every retry so that the
 * gateway can recognise a message it already took.
 */
public record SmsMessage(String id, String to, String text) {
}
