package vn.motcua.result.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.result.ResultDocument;

/** The {@code dossier_result} rows: append-only, kept by a trigger; numbered per dossier from 1. */
@Repository
public class ResultStore {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    ResultStore(JdbcClient jdbc, ProvinceCalendar calendar) {
        this.jdbc = jdbc;
        this.zone = calendar.calendar().workingHours().zone();
    }

    public List<ResultDocument> of(String dossierCode) {
        return jdbc.sql("select * from dossier_result where dossier_code = ? order by seq").param(dossierCode)
                .query(this::map).list();
    }

    /** Whether the dossier has a result sealed by a unit: what an electronic return needs. */
    boolean hasSealed(String dossierCode) {
        return jdbc.sql("select exists (select 1 from dossier_result where dossier_code = ? and sealed_by is not null)")
                .param(dossierCode).query(Boolean.class).single();
    }

    /** Records a result sealed by the unit {@code sealedBy}. */
    void insert(String dossierCode, int seq, ResultDocument r, String sealedBy) {
        jdbc.sql("""
                insert into dossier_result (dossier_code, seq, code, sha256, original_name, media_type, size_bytes,
                    issued_at, issued_by, sealed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierCode, seq, r.code(), r.file().sha256(), r.file().originalName(), r.file().mediaType(),
                        r.file().size(), r.issuedAt().atZone(zone).toOffsetDateTime(), r.issuedBy(), sealedBy)
                .update();
    }

    private ResultDocument map(ResultSet rs, int row) throws SQLException {
        return new ResultDocument(rs.getString("code"), new AttachedFile(rs.getString("sha256"),
                rs.getString("original_name"), rs.getString("media_type"), rs.getLong("size_bytes")),
                rs.getObject("issued_at", java.time.OffsetDateTime.class).atZoneSameInstant(zone).toLocalDateTime(),
                rs.getString("issued_by"));
    }
}
