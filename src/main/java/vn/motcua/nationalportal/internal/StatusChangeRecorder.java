package vn.motcua.nationalportal.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.nationalportal.Destination;

/**
 * Writes each status change to the outbox in the transition's own transaction: for the portal always, for
 * EMC when it monitors the change ({@link EmcMessages#status}).
 *
 * <p>Why a plain {@code @EventListener}: it runs when the event is published, inside the transaction that
 * made the change, so the change and its outbox rows commit together or not at all, and a failure to write
 * a row refuses the transition. A module listener ({@code @ApplicationModuleListener})
 * runs after the commit, in its own transaction: a crash in between would lose the change for the portal
 * until the registry redelivers it. {@code BEFORE_COMMIT} would also be atomic, but silently does nothing
 * for an event published without a transaction; this listener still records it.
 */
@Component
class StatusChangeRecorder {

    private final SyncOutbox outbox;
    private final DossierFacts facts;
    private final PortalMessages portal;
    private final EmcMessages emc;
    private final Clock clock;

    StatusChangeRecorder(SyncOutbox outbox, DossierFacts facts, PortalMessages portal, EmcMessages emc,
            Clock clock) {
        this.outbox = outbox;
        this.facts = facts;
        this.portal = portal;
        this.emc = emc;
        this.clock = clock;
    }

    @EventListener
    void on(DossierStatusChanged change) {
        DossierFacts.Facts known = facts.of(change);
        outbox.record(Destination.PORTAL, change.code(), change.trackingSeq(), change.to().code(),
                change.competentUnit(), change.occurredAt(), portal.dossier(change, known), portal.progress(change),
                clock.instant());
        emc.event(change, known).ifPresent(event -> outbox.record(Destination.EMC, change.code(),
                change.trackingSeq(), change.to().code(), change.competentUnit(), change.occurredAt(), event, null,
                clock.instant()));
    }
}
