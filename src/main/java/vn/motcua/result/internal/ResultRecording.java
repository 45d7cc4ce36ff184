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
import vn.motcua.result.ResultDraft;
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
    private final ResultDraftStore drafts;
    private final ResultSealing sealing;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LeaderSignature leaderSignature;

    ResultRecording(ResultStore store, ResultDraftStore drafts, ResultSealing sealing, Catalog catalog,
            ApplicationEventPublisher events, Clock clock, LeaderSignature leaderSignature) {
        this.leaderSignature = leaderSignature;
        this.store = store;
        this.drafts = drafts;
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

    /**
     * The drafts first (each must carry the leader's signature where the procedure asks for it: the leader
     * signs by approving), then the
     * files uploaded with the action; every one sealed by the competent unit.
     */
    private void record(PendingTransition t, List<AttachedFile> files) {
        List<ResultDraft> pending = drafts.pending(t.code());
        if (t.dossier().returnMethod() == ReturnMethod.ELECTRONIC && files.isEmpty() && pending.isEmpty()) {
            throw new UserInputException("results", "dossier.markDone.resultRequired");
        }
        if (leaderSignature.required(t.dossier())) {
            pending.stream().filter(draft -> !draft.signed()).findFirst().ifPresent(unsigned -> {
                throw new UserInputException("results", "result.draft.unsigned", unsigned.code());
            });
        }
        DossierView d = t.dossier();
        String unit = d.competentUnit() == null ? t.actor().unit() : d.competentUnit();
        for (ResultDraft draft : pending) {
            int seq = ResultDraftStore.seq(draft);
            issue(t, seq, sealing.sealed(unit, draft.file()), unit);
            drafts.issued(t.code(), seq, d.tracking().getLast().at());
        }
        for (AttachedFile file : files) {
            int seq = drafts.next(t.code());
            issue(t, seq, sealing.stampedAndSealed(t.code() + "-KQ" + seq, unit, file), unit);
        }
    }

    private void issue(PendingTransition t, int seq, AttachedFile sealed, String unit) {
        DossierView d = t.dossier();
        String code = t.code() + "-KQ" + seq;
        store.insert(t.code(), seq, new ResultDocument(code, sealed, d.tracking().getLast().at(), t.actor().username()),
                unit);
        events.publishEvent(new ResultIssued(code, t.code(), d.procedureCode(), d.applicant().idNumber(), title(d),
                sealed, null, clock.instant()));
    }

    /** What the procedure names its result, e.g. "Thẻ công chứng viên"; the procedure's name without one. */
    private String title(DossierView d) {
        String document = catalog.version(d.procedureVersionId()).content().result().document();
        return document == null || document.isBlank() ? d.procedureName() : document;
    }
}
