package vn.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.document.internal.FileRecords;
import vn.motcua.document.internal.UploadPolicy;

/**
 * Documents (tài liệu): how a file enters the system, from the counter's scanner or the portal, and
 * how a dossier takes it. A file's name, type and size are what the upload recorded, never what a
 * client later says about it.
 */
@Service
public class Documents {

    private final FileStore files;
    private final FileRecords records;
    private final FileSettings settings;
    private final Clock clock;
    private final TransactionTemplate afterCommit;

    Documents(FileStore files, FileRecords records, FileSettings settings, Clock clock,
            PlatformTransactionManager transactions) {
        this.files = files;
        this.records = records;
        this.settings = settings;
        this.clock = clock;
        this.afterCommit = new TransactionTemplate(transactions);
        this.afterCommit.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The province's rules for uploads ({@code motcua.files.*}); a component may widen them. */
    public UploadRules standardRules() {
        return settings.standardRules();
    }

    /**
     * Checks an upload, stores it and records it as {@code owner}'s. The file is stored before its rows
     * are written, so a row never names bytes that are not there; a failure in between leaves only an
     * unnamed copy. The store lock keeps the sweep from removing these bytes until the rows are committed.
     *
     * @param field the form field a refusal belongs next to
     * @param declaredSize the size the client announced, negative when unknown
     * @param owner who uploads: only they can attach the file to a dossier
     * @throws vn.motcua.platform.UserInputException when the upload is empty, too large, of a type not
     *     allowed or not of the type its name claims; nothing is stored then
     */
    @Transactional
    public StoredFile accept(String field, String originalName, long declaredSize, InputStream content,
            UploadRules rules, FileOwner owner) {
        return storeAndRecord(UploadPolicy.admit(field, originalName, declaredSize, content, rules), originalName,
                owner);
    }

    /**
     * Keeps a file the system made itself (a stamped or sealed result): stored, recorded and attached for
     * good under {@code owner}, as an upload attached at once. Recorded like any file, it is backed up and
     * can be named by other records (the data store's), and the sweep never removes it.
     */
    @Transactional
    public StoredFile keepMade(byte[] content, String originalName, FileOwner owner) {
        StoredFile stored = storeAndRecord(new ByteArrayInputStream(content), originalName, owner);
        records.attach(owner, stored.sha256());
        return stored;
    }

    private StoredFile storeAndRecord(InputStream content, String originalName, FileOwner owner) {
        records.lockForStoring();
        StoredFile stored = files.store(content, originalName);
        Instant now = clock.instant();
        records.record(stored, now);
        records.recordUpload(stored, owner, now);
        return stored;
    }

    /**
     * Attaches {@code owner}'s upload of these bytes for good (the sweep never removes it) and answers it
     * as recorded at upload. Empty when the owner uploaded no such file: whether someone else did is
     * never told, so a SHA-256 neither proves access nor reveals that a file exists. Run it in the
     * transaction that saves the dossier, so a refused action leaves the upload unattached.
     */
    public Optional<StoredFile> attach(FileOwner owner, String sha256) {
        return records.attach(owner, sha256);
    }

    /**
     * Holds bytes already stored for {@code holder} (an archive record, lưu trữ): an upload row of its own,
     * attached, under the name and type recorded at the file's first upload, so the sweep never removes the
     * bytes while the hold stays. Empty when the store records no such file.
     */
    @Transactional
    public Optional<StoredFile> hold(FileOwner holder, String sha256) {
        return records.hold(holder, sha256, clock.instant());
    }

    /**
     * Erases the bytes a disposal (tiêu huỷ) approved, with every upload row naming them, unless a record of
     * another module still refers to the file (an applicant's data store, a published form): then nothing is
     * erased and the answer is false. Only an approved disposal calls it, after checking no other dossier
     * needs the bytes. The rows go in the caller's transaction, the bytes after it commits.
     */
    @Transactional
    public boolean erase(String sha256) {
        records.lockForRemoving();
        if (!records.eraseUnlessReferenced(sha256)) {
            return false;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteIfUnrecorded(sha256);
            }
        });
        return true;
    }

    /**
     * The bytes go only once the erasure of their rows has committed: the caller's transaction (a disposal's
     * approval and audit) may still fail after {@link #erase}, and a rollback cannot bring bytes back. Under
     * the store lock, in a transaction of its own, and only if no upload stored the same bytes again since.
     */
    private void deleteIfUnrecorded(String sha256) {
        afterCommit.executeWithoutResult(status -> {
            records.lockForRemoving();
            if (!records.isRecorded(sha256)) {
                files.delete(sha256);
            }
        });
    }

    /** Keeps {@code owner}'s upload of these bytes at least until {@code until}: a draft's expiry. */
    public void holdUntil(FileOwner owner, String sha256, Instant until) {
        records.holdUntil(owner, sha256, until);
    }
}
