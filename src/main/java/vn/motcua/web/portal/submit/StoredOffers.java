package vn.motcua.web.portal.submit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.datastore.DataStore;
import vn.motcua.datastore.StoreOwners;
import vn.motcua.datastore.StoredDocument;
import vn.motcua.dossier.DraftAnswers;
import vn.motcua.dossier.DraftComponent;
import vn.motcua.identity.ApplicantPrincipal;
import vn.motcua.platform.Problems;

/**
 * What the applicant's data store offers on the components page instead of an upload: only to a
 * logged-in applicant whose store is open to them ({@link StoreOwners}) and who applies for
 * themselves, so a visitor typing someone's ID number sees nothing. The choice names a stored
 * document by its number; the file is the store's, never the client's.
 */
@Component
class StoredOffers {

    private final DataStore store;
    private final StoreOwners owners;

    StoredOffers(DataStore store, StoreOwners owners) {
        this.store = store;
        this.owners = owners;
    }

    /** Whose store the draft may reuse from: the logged-in applicant's, when the draft is theirs; else null. */
    String owner(ApplicantPrincipal applicant, DraftAnswers answers) {
        if (applicant == null || answers.applicant() == null || answers.applicant().idNumber() == null) {
            return null;
        }
        String typed = answers.applicant().idNumber().strip();
        return owners.ownerOf(applicant.account()).filter(typed::equals).orElse(null);
    }

    /** For each component, the documents the store offers (none without an owner). */
    List<List<StoredDocument>> of(String owner, List<DraftComponent> components) {
        return components.stream()
                .map(c -> owner == null ? List.<StoredDocument>of() : store.reusableFor(owner, c.name())).toList();
    }

    /**
     * The components with each "reuse" choice taking the chosen document's file; a problem under
     * {@code components[i].stored} for a choice naming nothing the store offers.
     */
    List<DraftComponent> apply(String owner, List<DraftComponent> answered, Map<String, String> params,
            Problems problems) {
        List<List<StoredDocument>> offers = of(owner, answered);
        List<DraftComponent> resolved = new ArrayList<>();
        for (int i = 0; i < answered.size(); i++) {
            DraftComponent c = answered.get(i);
            if (c.delivery() != DraftComponent.Delivery.REUSE) {
                resolved.add(c);
                continue;
            }
            String field = "components[" + i + "].stored";
            Optional<StoredDocument> chosen = offers.get(i).stream()
                    .filter(d -> String.valueOf(d.id()).equals(params.get(field))).findFirst();
            problems.when(chosen.isEmpty(), field, "dossier.component.notReusable", c.name());
            resolved.add(c.reusing(chosen.map(StoredDocument::file).orElse(null)));
        }
        return resolved;
    }
}
