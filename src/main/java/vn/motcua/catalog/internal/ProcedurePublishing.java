package vn.motcua.catalog.internal;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedurePublished;
import vn.motcua.catalog.ProcedureRetired;

/**
 * The one way a version enters the catalog or a procedure leaves it, for the administrators' service
 * and the demo seed alike, so that the events other modules listen to are never skipped.
 */
@Component
public class ProcedurePublishing {

    private final ProcedureStore store;
    private final EFormStore eforms;
    private final LocalCodes codes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProcedurePublishing(ProcedureStore store, EFormStore eforms, LocalCodes codes, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.eforms = eforms;
        this.codes = codes;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes {@code content} as the version in force, creating the procedure on its first version. */
    public Procedure publish(ProcedureContent content) {
        Long previous = store.inForce(content.code()).map(Procedure::versionId).orElse(null);
        String localCode = codes.localise(content.code());
        if (!store.exists(content.code())) {
            store.insertProcedure(content.code(), localCode);
        }
        Procedure published = store.insertVersion(localCode, content, clock.instant());
        if (previous != null) {
            eforms.carryOver(previous, published);
        }
        events.publishEvent(new ProcedurePublished(published.code(), published.versionId(), published.version(),
                previous, content.decision().effectiveFrom(), content.hasAllSevenParts()));
        return published;
    }

    /** Ends the version in force; false when there was none. */
    public boolean retire(String code) {
        return store.retire(code, clock.instant()).map(retired -> {
            events.publishEvent(new ProcedureRetired(code, retired.versionId(), retired.endedAt()));
            return true;
        }).orElse(false);
    }
}
