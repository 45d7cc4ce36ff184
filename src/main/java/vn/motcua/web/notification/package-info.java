/**
 * Notification pages: administrators' outbox (what failed), the demo mailbox and SMS log, the
 * templates and officers' contacts under {@code /admin/notifications}; and the SMS simulator's
 * endpoint, which plays an outside gateway on this server ({@code /simulator/sms/messages}).
 */
package vn.motcua.web.notification;
