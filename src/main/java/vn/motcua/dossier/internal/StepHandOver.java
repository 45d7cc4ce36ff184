package vn.motcua.dossier.internal;

import java.time.LocalDateTime;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.TrackingEntry;

/**
 * Finishing the current step and handing the dossier to the next, shared by completing a step and
 * marking the result ready (the hand-over to the last step, the return of the result).
 */
final class StepHandOver {

    private StepHandOver() {
    }

    /** The current step is the actor's, and the next one is (or is not) the last, as {@code action} needs. */
    static void check(Dossier d, Actor actor, DossierAction action) {
        StepHolders.requireCurrentStep(d, actor);
        boolean nextIsLast = d.currentStep + 1 == d.steps.size();
        if (action == DossierAction.MARK_DONE && !nextIsLast) {
            throw new ActionRefusedException("dossier.markDone.notYet");
        }
        if (action == DossierAction.COMPLETE_STEP && nextIsLast) {
            throw new ActionRefusedException("dossier.complete.useMarkDone");
        }
    }

    /** Finishes the step with its outcome and enters the next; marking done also ends the handling. */
    static void handOver(Dossier d, Actor actor, DossierAction action, String note, LocalDateTime now) {
        DossierView.Step step = d.step(d.currentStep);
        TrackingEntry.Outcome outcome = d.finishStep(step, now);
        if (action == DossierAction.MARK_DONE) {
            d.finishedAt = now;
        }
        d.enterStep(d.currentStep + 1, now);
        DossierView.Step next = d.step(d.currentStep);
        d.track(action, step, actor, null, next.unit(), now, step.deadline(), outcome, note);
    }
}
