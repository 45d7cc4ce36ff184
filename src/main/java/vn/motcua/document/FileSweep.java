package vn.motcua.document;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.document.internal.FileRecords;

/**
 * The sweep of abandoned uploads (tệp bỏ dở): files uploaded on a wizard page left unfinished, for an
 * action that was refused, or kept by a draft that expired. An upload attached to no dossier and held
 * by no live draft is removed {@code motcua.files.abandoned-after} after it was made; the bytes go
 * with the last upload record naming them, so bytes a dossier or another upload still needs stay.
 */
@Service
public class FileSweep {

    private static final Logger LOG = LoggerFactory.getLogger(FileSweep.class);

    /** What one sweep removed. */
    public record Swept(int uploads, int files) {
    }

    private final FileRecords records;
    private final FileStore files;
    private final FileSettings settings;
    private final Clock clock;

    FileSweep(FileRecords records, FileStore files, FileSettings settings, Clock clock) {
        this.records = records;
        this.files = files;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Removes what is abandoned now. Idempotent: a second run finds nothing more. The upload rows go in
     * one statement, so a file being attached at that moment is either attached first (and kept) or gone
     * first (and the attachment is refused as unknown). The bytes go under the exclusive store lock,
     * so an upload of the same bytes in progress is waited for and keeps them.
     */
    @Transactional
    public Swept sweep() {
        Instant now = clock.instant();
        int uploads = records.deleteAbandonedUploads(now.minus(settings.abandonedAfter()), now);
        records.lockForRemoving();
        List<String> unnamed = records.deleteUnnamedFiles();
        unnamed.forEach(files::delete);
        if (uploads > 0 || !unnamed.isEmpty()) {
            LOG.info("Swept {} abandoned uploads and {} stored files no one needs", uploads, unnamed.size());
        }
        return new Swept(uploads, unnamed.size());
    }
}
