package vn.motcua.result.internal;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Party;
import vn.motcua.dossier.PendingTransition;
import vn.motcua.dossier.TransitionParticipant;
import vn.motcua.result.ResultDraft;

/**
 * The leader signs by approving, where the procedure asks for their personal signature: when a leader
 * completes their step, each result draft not yet signed gets their personal signature (PAdES, over the code and QR code already on the page). A certificate
 * that may not sign (revoked, expired) refuses the approval with the reason, so nothing is approved
 * unsigned. A deputy acting for a leader signs with their own key.
 */
@Component
@Order(TransitionParticipant.RECORDS)
class DraftSigning implements TransitionParticipant {

    private final ResultDraftStore drafts;
    private final ResultSealing sealing;
    private final LeaderSignature leaderSignature;

    DraftSigning(ResultDraftStore drafts, ResultSealing sealing, LeaderSignature leaderSignature) {
        this.drafts = drafts;
        this.sealing = sealing;
        this.leaderSignature = leaderSignature;
    }

    @Override
    public void takePart(PendingTransition t) {
        if (t.action() != DossierAction.COMPLETE_STEP || t.actor().party() != Party.LEADER
                || !leaderSignature.required(t.dossier())) {
            return;
        }
        for (ResultDraft draft : drafts.pending(t.code())) {
            if (!draft.signed()) {
                drafts.signed(t.code(), ResultDraftStore.seq(draft),
                        sealing.signed(t.actor().username(), draft.code(), draft.file()), t.actor().username(),
                        t.dossier().tracking().getLast().at());
            }
        }
    }
}
