package vn.motcua.datastore.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.datastore.DocumentSource;
import vn.motcua.datastore.StoredDocument;
import vn.motcua.dossier.AttachedFile;

/** The {@code stored_document} table. */
@Repository
public class StoredDocumentRepository {

    private final JdbcClient jdbc;

    StoredDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the document unless the owner already holds the same file from the same source document, and
     * answers the row either way.
     */
    public StoredDocument keep(StoredDocument d, Instant now) {
        jdbc.sql("""
                insert into stored_document (owner_id, document_type, source, reference, dossier_code, valid_until,
                    sha256, original_name, media_type, size, stored_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (owner_id, source, reference, sha256) do nothing""")
                .params(d.ownerId(), d.documentType(), d.source().name(), d.reference(), d.dossierCode(),
                        d.validUntil() == null ? null : Date.valueOf(d.validUntil()), d.file().sha256(),
                        d.file().originalName(), d.file().mediaType(), d.file().size(), Timestamp.from(now))
                .update();
        return jdbc.sql("select * from stored_document where owner_id = ? and source = ? and reference = ? and sha256 = ?")
                .params(d.ownerId(), d.source().name(), d.reference(), d.file().sha256())
                .query(StoredDocumentRepository::map).single();
    }

    /** The owner's documents, the newest first. */
    public List<StoredDocument> of(String ownerId) {
        return jdbc.sql("select * from stored_document where owner_id = ? order by stored_at desc, id desc")
                .param(ownerId).query(StoredDocumentRepository::map).list();
    }

    public StoredDocument get(long id) {
        return jdbc.sql("select * from stored_document where id = ?").param(id)
                .query(StoredDocumentRepository::map).single();
    }

    public Optional<StoredDocument> find(String ownerId, long id) {
        return jdbc.sql("select * from stored_document where owner_id = ? and id = ?").params(ownerId, id)
                .query(StoredDocumentRepository::map).optional();
    }

    /** The owner's documents with these bytes, the newest first. */
    public List<StoredDocument> withFile(String ownerId, String sha256) {
        return jdbc.sql("select * from stored_document where owner_id = ? and sha256 = ? order by stored_at desc")
                .params(ownerId, sha256).query(StoredDocumentRepository::map).list();
    }

    private static StoredDocument map(ResultSet rs, int row) throws SQLException {
        Date validUntil = rs.getDate("valid_until");
        return new StoredDocument(rs.getLong("id"), rs.getString("owner_id"), rs.getString("document_type"),
                DocumentSource.valueOf(rs.getString("source")), rs.getString("reference"),
                rs.getString("dossier_code"), validUntil == null ? null : validUntil.toLocalDate(),
                new AttachedFile(rs.getString("sha256"), rs.getString("original_name"), rs.getString("media_type"),
                        rs.getLong("size")),
                rs.getTimestamp("stored_at").toInstant());
    }
}
