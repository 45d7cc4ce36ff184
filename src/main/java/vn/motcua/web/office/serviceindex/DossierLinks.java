package vn.motcua.web.office.serviceindex;

import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.web.HandlingOfficer;

/**
 * Which dossier codes of an index table link to the office's dossier page: those of live dossiers
 * (imported history has no page) that this officer may open — every one for a supervisor, their
 * unit's for the others. Administrators handle no dossiers, so for them a code stays plain text
 * rather than a link to a refusal. Drawing a link is not a look-up: nothing is logged until the
 * dossier is opened.
 */
@Component
class DossierLinks {

    private final DossierQueries dossiers;

    DossierLinks(DossierQueries dossiers) {
        this.dossiers = dossiers;
    }

    Set<String> openable(OfficerPrincipal officer, List<String> codes) {
        try {
            return dossiers.openable(HandlingOfficer.of(officer), codes);
        } catch (AccessDeniedException noHandlingRole) {
            return Set.of();
        }
    }
}
