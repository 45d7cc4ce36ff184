package vn.motcua.notification;

/** How a message travels. */
public enum NotificationChannel {
    EMAIL,
    SMS
}
