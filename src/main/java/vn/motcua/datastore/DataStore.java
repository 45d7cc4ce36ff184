package vn.motcua.datastore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.motcua.datastore.internal.DocumentTypes;
import vn.motcua.datastore.internal.StoredDocumentRepository;
import vn.motcua.organization.ProvinceCalendar;

/**
 * The applicant's data store (kho dữ liệu): what it holds for an owner, and what of it a component of a
 * new dossier may reuse. Who may see an owner's documents is the caller's check: an officer who can open
 * a dossier of theirs, or the owner's own account ({@link StoreOwners}).
 */
@Service
public class DataStore {

    private final StoredDocumentRepository documents;
    private final ProvinceCalendar calendar;
    private final Clock clock;

    DataStore(StoredDocumentRepository documents, ProvinceCalendar calendar, Clock clock) {
        this.documents = documents;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Everything kept under {@code ownerId}, the newest first. */
    public List<StoredDocument> of(String ownerId) {
        return ownerId == null ? List.of() : documents.of(ownerId.strip());
    }

    public Optional<StoredDocument> find(String ownerId, long id) {
        return ownerId == null ? Optional.empty() : documents.find(ownerId.strip(), id);
    }

    /**
     * What the store offers for a component named {@code componentName}: the owner's documents still valid
     * today whose type the component asks for, one per file, the newest first.
     */
    public List<StoredDocument> reusableFor(String ownerId, String componentName) {
        LocalDate today = today();
        Set<String> files = new HashSet<>();
        return of(ownerId).stream()
                .filter(d -> d.validOn(today) && DocumentTypes.fits(d.documentType(), componentName))
                .filter(d -> files.add(d.file().sha256())).toList();
    }

    /** Keeps a document (idempotent for the same owner, source, reference and file) and answers it as kept. */
    public StoredDocument keep(StoredDocument document) {
        return documents.keep(document, clock.instant());
    }

    private LocalDate today() {
        return calendar.now().toLocalDate();
    }
}
