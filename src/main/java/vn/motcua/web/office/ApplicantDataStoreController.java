package vn.motcua.web.office;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.motcua.datastore.DataStore;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.platform.NotFoundException;
import vn.motcua.web.Downloads;
import vn.motcua.web.HandlingOfficer;

/**
 * The data store of a dossier's applicant, read-only, for an officer who can open that dossier (the
 * dossier module decides: another unit's officer gets 404, as for the dossier itself).
 */
@Controller
@RequestMapping("/office/dossiers/{code}/data-store")
class ApplicantDataStoreController {

    private final DossierQueries queries;
    private final DataStore store;
    private final Downloads downloads;

    ApplicantDataStoreController(DossierQueries queries, DataStore store, Downloads downloads) {
        this.queries = queries;
        this.store = store;
        this.downloads = downloads;
    }

    @GetMapping
    String documents(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code, Model model) {
        DossierView dossier = queries.get(HandlingOfficer.of(officer), code);
        model.addAttribute("dossier", dossier);
        model.addAttribute("stored", store.of(dossier.applicant().idNumber()));
        return "office/applicant-data-store";
    }

    @GetMapping("/{id}/file")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal OfficerPrincipal officer,
            @PathVariable String code, @PathVariable long id) {
        DossierView dossier = queries.get(HandlingOfficer.of(officer), code);
        return store.find(dossier.applicant().idNumber(), id).map(d -> downloads.stored(d.file()))
                .orElseThrow(() -> new NotFoundException("datastore.notFound"));
    }
}
