package vn.motcua.web;

import org.springframework.security.access.AccessDeniedException;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Party;
import vn.motcua.organization.OfficerPrincipal;

/**
 * The logged-in officer as the dossier module's actor. Administrators handle no dossier; supervisors
 * are actors that read every dossier and act on none (the status table names no supervisor).
 */
public final class HandlingOfficer {

    private HandlingOfficer() {
    }

    /**
     * @throws AccessDeniedException (403) when the officer has no handling role, before the dossier
     *     module would answer with a less precise refusal
     */
    public static Actor of(OfficerPrincipal officer) {
        if (officer == null || Party.of(officer.role()) == null) {
            throw new AccessDeniedException("No dossier handling role");
        }
        return Actor.of(officer);
    }
}
