package vn.motcua.dossier;

import java.util.Set;

/**
 * One row of the status machine: in {@code from}, {@code action} by one of {@code parties} leads to
 * {@code to}. The action names the row's handler (each action has exactly one, checked when the
 * application starts) and {@code emits} the event it publishes besides {@link DossierStatusChanged},
 * which every row publishes.
 *
 * @param from the status before; null for the actions that create a dossier
 * @param action what is done
 * @param to the status after; null when the action resumes the status the dossier was paused from
 *     (an applicant's supplement returns the dossier to reception or to processing)
 * @param parties who may do it
 * @param emits what else the row publishes
 */
public record Transition(DossierStatus from, DossierAction action, DossierStatus to, Set<Party> parties,
        Emits emits) {

    /** The event a row publishes besides {@link DossierStatusChanged}. */
    public enum Emits {
        /** Nothing else. */
        STATUS_CHANGE,
        /** {@link DossierReceived}: the receipt is issued and the clock starts. */
        RECEIPT,
        /** {@link StepCompleted}: a step of the process ends with its outcome. */
        STEP_COMPLETION
    }

    public Transition {
        parties = Set.copyOf(parties);
    }

    /** True when the target is the status the dossier was paused from. */
    public boolean resumes() {
        return to == null;
    }

    /** True when this transition creates the dossier. */
    public boolean creates() {
        return from == null;
    }
}
