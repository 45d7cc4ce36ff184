package vn.motcua.datastore;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.document.StoredFile;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.platform.UserInputException;

/**
 * Takes an owner's documents from the national data store into their store here (source
 * {@link DocumentSource#NATIONAL_STORE}), so that a component reusing one is flagged as taken from the
 * national store (5.5). A document whose bytes the owner's store already holds (a result of ours that
 * was pushed there) is already here and is not taken again; one of a type the document store refuses is
 * left out.
 */
@Service
public class NationalLookup {

    /** Who "uploaded" a file taken from the national store: the store itself. */
    static final FileOwner NATIONAL = new FileOwner("datastore:national");

    private final NationalDataStore national;
    private final DataStore store;
    private final Documents documents;

    NationalLookup(NationalDataStore national, DataStore store, Documents documents) {
        this.national = national;
        this.store = store;
        this.documents = documents;
    }

    /**
     * The number of documents taken now.
     *
     * @throws NationalDataStore.NationalStoreException when the national store does not answer
     */
    @Transactional
    public int takeFor(String ownerId) {
        String owner = ownerId.strip();
        Set<String> held = store.of(owner).stream().map(d -> d.file().sha256()).collect(Collectors.toSet());
        int taken = 0;
        for (NationalDataStore.NationalDocument d : national.lookup(owner)) {
            if (d.content() == null || d.ownerId() == null || !owner.equals(d.ownerId().strip())) {
                continue;
            }
            AttachedFile file = keepFile(d);
            if (file != null && held.add(file.sha256())) {
                store.keep(new StoredDocument(0, owner, d.documentType(), DocumentSource.NATIONAL_STORE, d.id(),
                        d.dossierCode(), d.validUntil(), file, null));
                taken++;
            }
        }
        return taken;
    }

    /** The file through the document store's checks, kept for good; null when they refuse it. */
    private AttachedFile keepFile(NationalDataStore.NationalDocument d) {
        try {
            StoredFile f = documents.accept("content", d.fileName(), d.content().length,
                    new ByteArrayInputStream(d.content()), documents.standardRules(), NATIONAL);
            documents.attach(NATIONAL, f.sha256());
            return new AttachedFile(f.sha256(), f.originalName(), f.mediaType(), f.size());
        } catch (UserInputException refused) {
            return null;
        }
    }
}
