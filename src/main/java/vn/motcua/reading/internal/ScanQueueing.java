package vn.motcua.reading.internal;

import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierView;

/**
 * Queues every scanned component of a dossier once it is received (after its commit, through Spring
 * Modulith's persisted registry: a failure is retried; a delivery twice queues nothing twice). A scan is an
 * image or a PDF; other files (a spreadsheet, a Word document) are not paper.
 */
@Component
class ScanQueueing {

    private final DossierQueries dossiers;
    private final ScanQueue queue;
    private final Clock clock;

    ScanQueueing(DossierQueries dossiers, ScanQueue queue, Clock clock) {
        this.dossiers = dossiers;
        this.queue = queue;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DossierReceived received) {
        dossiers.find(received.code()).ifPresent(this::queueScans);
    }

    private void queueScans(DossierView dossier) {
        for (DossierView.Component c : dossier.components()) {
            for (AttachedFile file : c.files()) {
                if (isScan(file.mediaType())) {
                    queue.enqueue(file.sha256(), file.mediaType(), dossier.code(), c.name(), file.originalName(),
                            clock.instant());
                }
            }
        }
    }

    static boolean isScan(String mediaType) {
        return mediaType != null && (mediaType.startsWith("image/") || mediaType.equals("application/pdf"));
    }
}
