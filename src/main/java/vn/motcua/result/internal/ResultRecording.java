package vn.motcua.result.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Catalog;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.PendingTransition;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.TransitionParticipant;
import vn.motcua.platform.UserInputException;
import vn.motcua.result.ResultDocument;
import vn.motcua.result.ResultIssued;

/**
 * The result module's part in a dossier's transitions: marking done makes each result file final —
 * coded {@code {dossier code}-KQ{n}}, the code and the QR code of its verification page placed on the
 * page, the competent unit's seal over it — records it and publishes {@link ResultIssued}. A dossier
 * whose result is to be returned electronically can be neither marked done nor returned electronically
 * without a sealed result. A seal that may not sign (revoked, expired) refuses the whole transition.
 */
@Component
@Order(TransitionParticipant.RECORDS)
class ResultRecording implements TransitionParticipant {

    private final ResultStore store;
    private final ResultSealing sealing;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResultRecording(ResultStore store, ResultSealing sealing, Catalog catalog, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.sealing = sealing;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void takePart(PendingTransition t) {
        if (t.action() == DossierAction.MARK_DONE) {
            record(t, ((DossierCommand.MarkDone) t.command()).results());
        } else if (t.action() == DossierAction.RETURN_RESULT
                && t.dossier().returnMethod() == ReturnMethod.ELECTRONIC && !store.hasSealed(t.code())) {
            throw new UserInputException("method", "dossier.return.noElectronicResult");
        }
    }

    private void record(PendingTransition t, List<AttachedFile> files) {
        if (t.dossier().returnMethod() == ReturnMethod.ELECTRONIC && files.isEmpty()) {
            throw new UserInputException("results", "dossier.markDone.resultRequired");
        }
        DossierView d = t.dossier();
        String unit = d.competentUnit() == null ? t.actor().unit() : d.competentUnit();
        int recorded = store.of(t.code()).size();
        for (AttachedFile file : files) {
            recorded++;
            String code = t.code() + "-KQ" + recorded;
            AttachedFile sealed = sealing.seal(code, unit, file);
            store.insert(t.code(), recorded, new ResultDocument(code, sealed, d.tracking().getLast().at(),
                    t.actor().username()), unit);
            events.publishEvent(new ResultIssued(code, t.code(), d.procedureCode(), d.applicant().idNumber(),
                    title(d), sealed, null, clock.instant()));
        }
    }

    /** What the procedure names its result, e.g. "Thẻ công chứng viên"; the procedure's name without one. */
    private String title(DossierView d) {
        String document = catalog.version(d.procedureVersionId()).content().result().document();
        return document == null || document.isBlank() ? d.procedureName() : document;
    }
}
