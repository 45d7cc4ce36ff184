package vn.motcua.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.catalog.FormFile;
import vn.motcua.document.StoredFile;

/** Form files of versions in {@code catalog_form_file}. */
@Repository
public class FormFileStore {

    private static final String SELECT = """
            select id, version_id, component_index, sha256, original_name, media_type, size, uploaded_by, uploaded_at
              from catalog_form_file""";

    private final JdbcClient jdbc;

    FormFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public FormFile insert(long versionId, Integer componentIndex, StoredFile file, String by, Instant at) {
        long id = jdbc.sql("""
                insert into catalog_form_file (version_id, component_index, sha256, original_name, media_type, size,
                       uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(versionId, componentIndex, file.sha256(), file.originalName(), file.mediaType(), file.size(),
                        by, Timestamp.from(at))
                .query(Long.class).single();
        return find(versionId, id).orElseThrow();
    }

    /** A version's form files: the whole procedure's first, then by component, oldest first. */
    public List<FormFile> ofVersion(long versionId) {
        return jdbc.sql(SELECT + " where version_id = ? order by component_index nulls first, id")
                .param(versionId).query(FormFileStore::map).list();
    }

    public Optional<FormFile> find(long versionId, long id) {
        return jdbc.sql(SELECT + " where version_id = ? and id = ?").params(versionId, id)
                .query(FormFileStore::map).optional();
    }

    public boolean delete(long versionId, long id) {
        return jdbc.sql("delete from catalog_form_file where version_id = ? and id = ?").params(versionId, id)
                .update() > 0;
    }

    private static FormFile map(ResultSet rs, int row) throws SQLException {
        int index = rs.getInt("component_index");
        Integer component = rs.wasNull() ? null : index;
        return new FormFile(rs.getLong("id"), rs.getLong("version_id"), component,
                rs.getString("sha256"), rs.getString("original_name"), rs.getString("media_type"), rs.getLong("size"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
