package vn.motcua.document.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Repository;
import vn.motcua.document.FileOwner;
import vn.motcua.document.StoredFile;

/**
 * The row of every stored file in table {@code document_file} and of every upload of it in
 * {@code document_upload}: who uploaded which bytes under which name, and whether a dossier or a
 * draft still needs them.
 */
@Repository
public class FileRecords {

    /** The advisory lock that keeps the sweep from removing bytes while an upload stores them again. */
    private static final long STORE_LOCK = 0x6d6f74637561L;

    private final JdbcClient jdbc;
    private final TransactionTemplate nested;

    FileRecords(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Records a file once: storing the same bytes again keeps the time they were first stored. */
    public void record(StoredFile file, Instant storedAt) {
        jdbc.sql("""
                insert into document_file (sha256, size, media_type, first_stored_at) values (?, ?, ?, ?)
                on conflict (sha256) do nothing""")
                .params(file.sha256(), file.size(), file.mediaType(), Timestamp.from(storedAt))
                .update();
    }

    /** Records one upload of a stored file by its owner; every upload has its own row. */
    public void recordUpload(StoredFile file, FileOwner owner, Instant uploadedAt) {
        jdbc.sql("""
                insert into document_upload (sha256, original_name, media_type, size, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(file.sha256(), file.originalName(), file.mediaType(), file.size(), owner.key(),
                        Timestamp.from(uploadedAt))
                .update();
    }

    /**
     * Marks the owner's uploads of these bytes attached for good and answers the latest, as recorded.
     * The update locks the rows, so a sweep running at the same time either sees them attached or
     * removed them first (then the owner has nothing to attach). Anything but a SHA-256 names nothing.
     */
    public Optional<StoredFile> attach(FileOwner owner, String sha256) {
        if (!Sha256.matches(sha256)) {
            return Optional.empty();
        }
        return latest(jdbc.sql("""
                update document_upload set attached = true where uploaded_by = ? and sha256 = ?
                returning id, sha256, size, media_type, original_name""")
                .params(owner.key(), sha256).query(FileRecords::upload).list());
    }

    /** Records {@code holder}'s attached row for stored bytes, named as first uploaded; empty when none is stored. */
    public Optional<StoredFile> hold(FileOwner holder, String sha256, Instant at) {
        if (!Sha256.matches(sha256)) {
            return Optional.empty();
        }
        return latest(jdbc.sql("""
                insert into document_upload (sha256, original_name, media_type, size, uploaded_by, uploaded_at, attached)
                select u.sha256, u.original_name, u.media_type, u.size, ?, ?, true from document_upload u
                 where u.sha256 = ? order by u.id limit 1
                returning id, sha256, size, media_type, original_name""")
                .params(holder.key(), Timestamp.from(at), sha256).query(FileRecords::upload).list());
    }

    /**
     * Removes every upload row of the bytes and their file row, in a savepoint: when another module's row
     * refers to the file (a foreign key), the savepoint is rolled back, nothing is removed and the answer is
     * false.
     */
    public boolean eraseUnlessReferenced(String sha256) {
        return Boolean.TRUE.equals(nested.execute(status -> {
            try {
                jdbc.sql("delete from document_upload where sha256 = ?").param(sha256).update();
                return jdbc.sql("delete from document_file where sha256 = ?").param(sha256).update() == 1;
            } catch (DataIntegrityViolationException referenced) {
                status.setRollbackOnly();
                return false;
            }
        }));
    }

    /** Whether a file row names these bytes: stored again since an erasure, they must stay. */
    public boolean isRecorded(String sha256) {
        return jdbc.sql("select exists (select 1 from document_file where sha256 = ?)").param(sha256)
                .query(Boolean.class).single();
    }

    /** Keeps the owner's unattached uploads of these bytes until {@code until} (a draft's expiry). */
    public void holdUntil(FileOwner owner, String sha256, Instant until) {
        jdbc.sql("update document_upload set held_until = ? where uploaded_by = ? and sha256 = ? and not attached")
                .params(Timestamp.from(until), owner.key(), sha256).update();
    }

    /** Removes uploads neither attached nor held, made before {@code cutoff}, in one statement. */
    public int deleteAbandonedUploads(Instant cutoff, Instant now) {
        return jdbc.sql("""
                delete from document_upload where not attached
                    and ((held_until is null and uploaded_at < ?) or held_until < ?)""")
                .params(Timestamp.from(cutoff), Timestamp.from(now)).update();
    }

    /** Removes the rows of stored files no upload names any more, and answers their SHA-256. */
    public List<String> deleteUnnamedFiles() {
        return jdbc.sql("""
                delete from document_file f where not exists (select 1 from document_upload u where u.sha256 = f.sha256)
                returning sha256""").query(String.class).list();
    }

    /** Shared by uploads until their transaction ends: many may store at once. */
    public void lockForStoring() {
        jdbc.sql("select 1 from pg_advisory_xact_lock_shared(?)").param(STORE_LOCK).query(Integer.class).single();
    }

    /** Exclusive until the sweep's transaction ends: waits for uploads being stored, holds new ones back. */
    public void lockForRemoving() {
        jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(STORE_LOCK).query(Integer.class).single();
    }

    private static Optional<StoredFile> latest(List<Upload> uploads) {
        return uploads.stream().max(Comparator.comparingLong(Upload::id)).map(Upload::file);
    }

    private static Upload upload(ResultSet rs, int row) throws SQLException {
        return new Upload(rs.getLong("id"), new StoredFile(rs.getString("sha256"), rs.getLong("size"),
                rs.getString("media_type"), rs.getString("original_name")));
    }

    private record Upload(long id, StoredFile file) {
    }
}
