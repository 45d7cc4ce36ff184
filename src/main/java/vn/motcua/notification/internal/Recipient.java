package vn.motcua.notification.internal;

import vn.motcua.notification.NotificationChannel;

/** One address on one channel, and the language to write to it in. */
record Recipient(NotificationChannel channel, String address, String language) {
}
