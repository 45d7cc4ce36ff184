package vn.motcua.datastore.internal;

import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.datastore.DataStore;
import vn.motcua.datastore.DocumentSource;
import vn.motcua.datastore.StoredDocument;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierView;
import vn.motcua.result.ResultIssued;

/**
 * Fills the store after the publisher's commit, through Spring Modulith's persisted registry (a failure
 * is retried; a delivery twice keeps nothing twice): a sealed result under its result code, queued in the
 * same transaction for the national data store, and at reception every digitised component's files under
 * the dossier code and the component. A component reused from the store is already there.
 */
@Component
class DataStoreFilling {

    private final DataStore store;
    private final DossierQueries dossiers;
    private final NationalPushOutbox pushes;
    private final Clock clock;

    DataStoreFilling(DataStore store, DossierQueries dossiers, NationalPushOutbox pushes, Clock clock) {
        this.store = store;
        this.dossiers = dossiers;
        this.pushes = pushes;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ResultIssued result) {
        StoredDocument kept = store.keep(new StoredDocument(0, result.ownerId(), result.title(),
                DocumentSource.RESULT, result.resultCode(), result.dossierCode(), result.validUntil(), result.file(),
                null));
        pushes.enqueue(kept.id(), result.dossierCode(), clock.instant());
    }

    @ApplicationModuleListener
    void on(DossierReceived received) {
        dossiers.find(received.code()).ifPresent(this::keepDigitised);
    }

    private void keepDigitised(DossierView dossier) {
        for (DossierView.Component c : dossier.components()) {
            if (c.reused() || !c.submitted()) {
                continue;
            }
            c.files().forEach(file -> store.keep(new StoredDocument(0, dossier.applicant().idNumber(), c.name(),
                    DocumentSource.DIGITISED, dossier.code() + "/" + c.position(), dossier.code(), null, file, null)));
        }
    }
}
