package vn.motcua.result.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.result.ResultDraft;

/** The {@code result_draft} rows; a draft's number is shared with the results ({@code KQ{n}}). */
@Repository
public class ResultDraftStore {

    private static final String PDF = "application/pdf";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    ResultDraftStore(JdbcClient jdbc, ProvinceCalendar calendar) {
        this.jdbc = jdbc;
        this.zone = calendar.calendar().workingHours().zone();
    }

    /** The drafts not yet issued, oldest first. */
    public List<ResultDraft> pending(String dossierCode) {
        return jdbc.sql("select * from result_draft where dossier_code = ? and issued_at is null order by seq")
                .param(dossierCode).query(this::map).list();
    }

    /**
     * The next number of the dossier's results and drafts, taken under a lock on the dossier's code so
     * that two drafts at once do not get the same one.
     */
    int next(String dossierCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('result:' || ?))").param(dossierCode).query().singleRow();
        return jdbc.sql("""
                select 1 + greatest((select coalesce(max(seq), 0) from dossier_result where dossier_code = ?),
                                    (select coalesce(max(seq), 0) from result_draft where dossier_code = ?))""")
                .params(dossierCode, dossierCode).query(Integer.class).single();
    }

    void insert(String dossierCode, int seq, AttachedFile file, String by, LocalDateTime at) {
        jdbc.sql("""
                insert into result_draft (dossier_code, seq, sha256, original_name, size_bytes, drafted_by, drafted_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierCode, seq, file.sha256(), file.originalName(), file.size(), by, offset(at)).update();
    }

    void signed(String dossierCode, int seq, AttachedFile file, String by, LocalDateTime at) {
        jdbc.sql("""
                update result_draft set sha256 = ?, size_bytes = ?, signed_by = ?, signed_at = ?
                where dossier_code = ? and seq = ?""")
                .params(file.sha256(), file.size(), by, offset(at), dossierCode, seq).update();
    }

    void issued(String dossierCode, int seq, LocalDateTime at) {
        jdbc.sql("update result_draft set issued_at = ? where dossier_code = ? and seq = ?")
                .params(offset(at), dossierCode, seq).update();
    }

    static int seq(ResultDraft draft) {
        return Integer.parseInt(draft.code().substring(draft.code().lastIndexOf("-KQ") + 3));
    }

    private OffsetDateTime offset(LocalDateTime at) {
        return at.atZone(zone).toOffsetDateTime();
    }

    private LocalDateTime local(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDateTime();
    }

    private ResultDraft map(ResultSet rs, int row) throws SQLException {
        return new ResultDraft(rs.getString("dossier_code") + "-KQ" + rs.getInt("seq"),
                new AttachedFile(rs.getString("sha256"), rs.getString("original_name"), PDF, rs.getLong("size_bytes")),
                rs.getString("drafted_by"), local(rs, "drafted_at"), rs.getString("signed_by"), local(rs, "signed_at"));
    }
}
