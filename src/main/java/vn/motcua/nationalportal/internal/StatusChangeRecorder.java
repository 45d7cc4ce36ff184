package vn.motcua.nationalportal.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierStatusChanged;

/**
 * Writes each status change to the outbox in the transition's own transaction.
 *
 * <p>Why a plain {@code @EventListener}: it runs when the event is published, inside the transaction that
 * made the change, so the change and its outbox row commit together or not at all, and a failure to write
 * the row refuses the transition. A module listener ({@code @ApplicationModuleListener})
 * runs after the commit, in its own transaction: a crash in between would lose the change for the portal
 * until the registry redelivers it. {@code BEFORE_COMMIT} would also be atomic, but silently does nothing
 * for an event published without a transaction; this listener still records it.
 */
@Component
class StatusChangeRecorder {

    private final SyncOutbox outbox;
    private final PortalMessages messages;
    private final Clock clock;

    StatusChangeRecorder(SyncOutbox outbox, PortalMessages messages, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(DossierStatusChanged change) {
        outbox.record(change.code(), change.trackingSeq(), change.to().code(), change.competentUnit(),
                change.occurredAt(), messages.dossier(change), messages.progress(change), clock.instant());
    }
}
