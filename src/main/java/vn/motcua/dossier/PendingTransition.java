package vn.motcua.dossier;

/**
 * A transition the handler has applied and that is not saved yet, as participants see it.
 *
 * @param actor who acts
 * @param action what is done
 * @param command what the actor sent; null for the creations and for a hand-over of someone's work
 * @param from the status before; null for a creation
 * @param dossier the dossier as it will be saved (status, tracking line and all)
 */
public record PendingTransition(Actor actor, DossierAction action, DossierCommand command, DossierStatus from,
        DossierView dossier) {

    /** The status after. */
    public DossierStatus to() {
        return dossier.status();
    }

    /** True when the transition creates the dossier (received at a counter, submitted online). */
    public boolean creates() {
        return from == null;
    }

    /** The code of the dossier. */
    public String code() {
        return dossier.code();
    }
}
