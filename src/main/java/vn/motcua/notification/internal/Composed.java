package vn.motcua.notification.internal;

import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationKind;

/** A message written from its template, ready for the outbox. */
record Composed(String dossierCode, NotificationKind kind, NotificationChannel channel, String recipient,
        String language, String subject, String body) {
}
