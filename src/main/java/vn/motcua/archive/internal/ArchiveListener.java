package vn.motcua.archive.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierStatusChanged;

/**
 * Archives a dossier when it closes (returned, refused, withdrawn or stopped). A module listener: it runs
 * after the dossier's commit, in its own transaction, through the persisted event registry, so rendering
 * the papers never slows the officer's action, and a failure is retried rather than lost.
 */
@Component
class ArchiveListener {

    private final Archiver archiver;

    ArchiveListener(Archiver archiver) {
        this.archiver = archiver;
    }

    @ApplicationModuleListener
    void on(DossierStatusChanged change) {
        if (change.to().closed() && (change.from() == null || !change.from().closed())) {
            archiver.archive(change.code(), change.occurredAt());
        }
    }
}
