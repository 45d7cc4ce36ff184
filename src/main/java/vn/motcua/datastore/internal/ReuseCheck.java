package vn.motcua.datastore.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.datastore.DataStore;
import vn.motcua.datastore.DocumentSource;
import vn.motcua.dossier.ReusableDocuments;

/** The dossier module's question, answered from what the store offers for the component. */
@Component
class ReuseCheck implements ReusableDocuments {

    private final DataStore store;

    ReuseCheck(DataStore store) {
        this.store = store;
    }

    @Override
    public Optional<Reuse> reusable(String ownerId, String componentName, String sha256) {
        return store.reusableFor(ownerId, componentName).stream().filter(d -> d.file().sha256().equals(sha256))
                .findFirst().map(d -> new Reuse(d.file(), d.source() == DocumentSource.NATIONAL_STORE));
    }
}
