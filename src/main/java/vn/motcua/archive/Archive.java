package vn.motcua.archive;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.archive.internal.ArchiveStore;
import vn.motcua.platform.NotFoundException;

/**
 * Kho lưu trữ hồ sơ: closed dossiers as archived, searched by the officers whose role allows it (the
 * web layer lets supervisors and administrators in).
 */
@Service
@Transactional(readOnly = true)
public class Archive {

    /** A page of search results and how many match in all. */
    public record Page(List<ArchivedSummary> items, long total, int page) {

        public boolean hasNext() {
            return (long) page * ArchiveSearch.PAGE_SIZE < total;
        }
    }

    private final ArchiveStore store;

    Archive(ArchiveStore store) {
        this.store = store;
    }

    /**
     * Archived dossiers matching every criterion given, newest closed first.
     *
     * @throws vn.motcua.platform.UserInputException when a criterion is past its limit
     */
    public Page search(ArchiveSearch search) {
        search.check();
        return new Page(store.search(search), store.count(search), search.page());
    }

    /**
     * One archived dossier, with its files and manifest.
     *
     * @throws NotFoundException when the dossier is not archived
     */
    public ArchivedDossier get(String code) {
        return store.find(code).orElseThrow(() -> new NotFoundException("archive.notFound", code));
    }
}
