package vn.motcua.index.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.ProcedurePublished;
import vn.motcua.catalog.ProcedureRetired;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.feedback.DossierRated;

/**
 * Keeps the index's facts in step with the dossiers, the ratings and the catalog. Module listeners
 * run after the publisher's commit, asynchronously, through Spring Modulith's persisted registry, so
 * a failure is retried; each rewrites from the current state, so replays and out-of-order
 * deliveries are harmless.
 */
@Component
class IndexFactsListener {

    private final FactSources sources;
    private final DossierFactsWriter writer;

    IndexFactsListener(FactSources sources, DossierFactsWriter writer) {
        this.sources = sources;
        this.writer = writer;
    }

    @ApplicationModuleListener
    void on(DossierStatusChanged event) {
        sources.refreshDossier(event.code());
    }

    @ApplicationModuleListener
    void on(DossierRated event) {
        writer.rated(event.dossierCode(), event.dissatisfied());
    }

    @ApplicationModuleListener
    void on(ProcedurePublished event) {
        sources.refreshProcedure(event.code());
    }

    @ApplicationModuleListener
    void on(ProcedureRetired event) {
        sources.refreshProcedure(event.code());
    }
}
