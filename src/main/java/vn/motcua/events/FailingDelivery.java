package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery of an event to a listener that failed, as administrators see it.
 *
 * @param id the delivery (Spring Modulith's publication id)
 * @param listener the listener's class, method and event, without packages
 * @param eventType the event's class, without package
 * @param key the dossier code the event names, else its own code (a procedure's…); null when it has none
 * @param publishedAt when the event was published (the first delivery)
 * @param attempts deliveries so far, the first one included
 * @param state what happens next
 * @param nextAttemptAt when it is tried again, for {@link State#WAITING} only
 * @param interrupted the last attempt had no outcome in time (its node stopped) rather than an error
 * @param lastError the last attempt's exception, null when interrupted or not recorded
 */
public record FailingDelivery(UUID id, String listener, String eventType, String key, Instant publishedAt,
        int attempts, State state, Instant nextAttemptAt, boolean interrupted, String lastError) {

    /** What happens next to a failing delivery. */
    public enum State {
        /** Tried again at {@code nextAttemptAt}. */
        WAITING,
        /** An administrator asked for an attempt now: tried at the next check. */
        REQUESTED,
        /** Being tried again right now. */
        RETRYING
    }
}
