/**
 * Notifications (thông báo): citizens are told when their dossier is received, needs a supplement,
 * needs a payment, is late (with the apology), is done and is returned; officers when a dossier is
 * assigned to them or a step they hold is about to be late. By e-mail (SMTP) and SMS (an
 * {@link vn.motcua.notification.SmsGateway}), in the applicant's language, from templates an
 * administrator edits.
 *
 * <p>Why an outbox of our own beside Spring Modulith's event registry: the registry makes sure each
 * dossier event is handled once it is committed; handling writes one outbox row per message, keyed
 * by dossier, tracking line, kind, recipient and channel, so a re-delivered event writes nothing new.
 * A scheduled sender claims due rows ({@code FOR UPDATE SKIP LOCKED}), sends, and marks them sent or
 * due again later (backoff), so a gateway that is down loses nothing, and nothing is sent twice.
 *
 * <p>Public face: {@link vn.motcua.notification.NotificationChoices} (channels per dossier and
 * account, officers' contacts), {@link vn.motcua.notification.NotificationTemplates},
 * {@link vn.motcua.notification.NotificationOutbox} (what failed), and the demo's
 * {@link vn.motcua.notification.DemoMailbox} and {@link vn.motcua.notification.SmsSimulator}.
 * Depends on {@code dossier} (its events and reads), never the other way round.
 */
package vn.motcua.notification;
