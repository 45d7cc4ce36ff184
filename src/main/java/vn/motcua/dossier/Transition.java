package vn.motcua.dossier;

import java.util.Set;

/**
 * One row of the status machine: in {@code from}, {@code action} by one of {@code parties} leads to
 * {@code to}.
 *
 * @param from the status before; null for the actions that create a dossier
 * @param action what is done
 * @param to the status after; null when the action resumes the status the dossier was paused from
 *     (an applicant's supplement returns the dossier to reception or to processing)
 * @param parties who may do it
 */
public record Transition(DossierStatus from, DossierAction action, DossierStatus to, Set<Party> parties) {

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
