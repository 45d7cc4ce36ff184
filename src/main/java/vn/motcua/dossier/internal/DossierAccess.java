package vn.motcua.dossier.internal;

import vn.motcua.dossier.Actor;

/** Who sees a dossier: the rule every read and every action applies first. */
public final class DossierAccess {

    private DossierAccess() {
    }

    /**
     * Officers see the dossiers their unit receives or handles, supervisors every dossier; the applicant
     * sees their own; a system (the payment platform, the post…) the dossiers it is told about.
     */
    public static boolean visibleTo(Dossier d, Actor actor) {
        if (actor.isSupervisor() || actor.isSystem()) {
            return true;
        }
        return actor.isOfficer() ? d.involves(actor.unit()) : actor.username().equals(d.applicant.idNumber());
    }
}
