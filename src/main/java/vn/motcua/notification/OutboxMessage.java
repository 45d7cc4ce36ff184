package vn.motcua.notification;

import java.time.Instant;

/**
 * One message of the outbox as administrators see it.
 *
 * @param status PENDING (waiting for its next attempt), SENT, or FAILED (given up: an administrator retries it)
 * @param attempts how many times it was tried
 * @param lastError why the last attempt failed, null if none did
 */
public record OutboxMessage(long id, String dossierCode, NotificationKind kind, NotificationChannel channel,
        String recipient, String language, String subject, String body, String status, int attempts,
        Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
}
