package vn.motcua.nationalcatalog.internal;

import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.ProcedurePublished;

/**
 * A version of a national procedure published in the province's catalog, whatever the page it came from (the
 * adoption of a change, a new procedure created from its national listing, an administrator's own revision),
 * takes in the national content listed then: the procedure is in step until the national database changes it.
 */
@Component
class AdoptionListener {

    private final NationalProcedureStore store;
    private final Clock clock;

    AdoptionListener(NationalProcedureStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProcedurePublished event) {
        store.markAdopted(event.code(), clock.instant());
    }
}
