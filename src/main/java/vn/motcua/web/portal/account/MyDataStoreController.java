package vn.motcua.web.portal.account;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.datastore.DataStore;
import vn.motcua.datastore.StoreOwners;
import vn.motcua.identity.ApplicantPrincipal;
import vn.motcua.platform.NotFoundException;
import vn.motcua.web.Downloads;

/**
 * Kho dữ liệu của tôi: what the data store keeps under the account's ID number (results, digitised
 * components, certified copies), each with its validity and source, and its file, once the account has
 * proved that number ({@link StoreOwners}).
 */
@Controller
class MyDataStoreController {

    private final DataStore store;
    private final StoreOwners owners;
    private final Downloads downloads;

    MyDataStoreController(DataStore store, StoreOwners owners, Downloads downloads) {
        this.store = store;
        this.owners = owners;
        this.downloads = downloads;
    }

    @GetMapping("/account/data-store")
    String documents(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        String owner = owners.ownerOf(applicant.account()).orElse(null);
        model.addAttribute("verified", owner != null);
        model.addAttribute("stored", store.of(owner));
        return "portal/account/data-store";
    }

    @GetMapping("/account/data-store/{id}/file")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal ApplicantPrincipal applicant,
            @PathVariable long id) {
        return store.find(owners.ownerOf(applicant.account()).orElse(null), id).map(d -> downloads.stored(d.file()))
                .orElseThrow(() -> new NotFoundException("datastore.notFound"));
    }
}
