package vn.motcua.web.office.serviceindex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.platform.NotFoundException;
import vn.motcua.web.HandlingOfficer;

/**
 * Which dossier codes of an index table link to the office's dossier page: those of live dossiers
 * (imported history has no page) that this officer may open. Supervisors and administrators handle
 * no dossiers and the office refuses them the page, so for them a code stays plain text rather than
 * a link to a refusal.
 */
@Component
class DossierLinks {

    private final DossierQueries dossiers;

    DossierLinks(DossierQueries dossiers) {
        this.dossiers = dossiers;
    }

    Set<String> openable(OfficerPrincipal officer, List<String> codes) {
        Actor actor;
        try {
            actor = HandlingOfficer.of(officer);
        } catch (AccessDeniedException noHandlingRole) {
            return Set.of();
        }
        Set<String> openable = new LinkedHashSet<>();
        for (String code : codes) {
            try {
                dossiers.get(actor, code);
                openable.add(code);
            } catch (NotFoundException notLiveOrNotTheirs) {
                // history, or another unit's: shown without a link
            }
        }
        return openable;
    }
}
