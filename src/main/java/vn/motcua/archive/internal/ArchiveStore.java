package vn.motcua.archive.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.archive.ArchiveSearch;
import vn.motcua.archive.ArchivedDossier;
import vn.motcua.archive.ArchivedFile;
import vn.motcua.archive.ArchivedSummary;
import vn.motcua.archive.Retention;

/** Tables {@code archive_record} and {@code archive_file}. */
@Repository
public class ArchiveStore {

    private static final String SUMMARY = """
            select dossier_code, procedure_code, procedure_name, competent_unit, applicant_id_number, applicant_name,
                   status, closed_at, retain_until, state from archive_record""";

    private final JdbcClient jdbc;

    ArchiveStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the dossier's archiving to one transaction at a time, until this one ends. */
    public void lock(String code) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext('archive:' || ?))").param(code)
                .query(Integer.class).single();
    }

    public boolean exists(String code) {
        return jdbc.sql("select count(*) from archive_record where dossier_code = ?").param(code)
                .query(Long.class).single() > 0;
    }

    public void insert(ArchivedDossier d) {
        jdbc.sql("""
                insert into archive_record (dossier_code, procedure_code, procedure_name, receiving_unit, competent_unit,
                    applicant_id_number, applicant_name, status, submitted_at, closed_at, retention_years, retain_until,
                    archived_at, state, manifest) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.code(), d.procedureCode(), d.procedureName(), d.receivingUnit(), d.competentUnit(),
                        d.applicantIdNumber(), d.applicantName(), d.status(), Timestamp.valueOf(d.submittedAt()),
                        Timestamp.valueOf(d.closedAt()), d.retention().years(),
                        d.lastDay() == null ? null : Date.valueOf(d.lastDay()), Timestamp.from(d.archivedAt()),
                        d.state().name(), d.manifestJson())
                .update();
        for (ArchivedFile f : d.files()) {
            jdbc.sql("""
                    insert into archive_file (dossier_code, seq, kind, name, media_type, size_bytes, sha256)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(d.code(), f.seq(), f.kind().name(), f.name(), f.mediaType(), f.size(), f.sha256()).update();
        }
    }

    public Optional<ArchivedDossier> find(String code) {
        return jdbc.sql("select * from archive_record where dossier_code = ?").param(code)
                .query((rs, row) -> record(rs, files(code))).optional();
    }

    /** Matching records, newest closed first, one page of {@link ArchiveSearch#PAGE_SIZE}. */
    public List<ArchivedSummary> search(ArchiveSearch s) {
        Where where = where(s);
        return jdbc.sql(SUMMARY + where.sql + " order by closed_at desc, dossier_code limit ? offset ?")
                .params(where.with(ArchiveSearch.PAGE_SIZE, (long) (s.page() - 1) * ArchiveSearch.PAGE_SIZE))
                .query(ArchiveStore::summary).list();
    }

    public long count(ArchiveSearch s) {
        Where where = where(s);
        return jdbc.sql("select count(*) from archive_record" + where.sql).params(where.params)
                .query(Long.class).single();
    }

    /** Records still archived whose last day of retention is before {@code today}, oldest first. */
    public List<ArchivedSummary> due(LocalDate today, int limit) {
        return jdbc.sql(SUMMARY + " where state = 'ARCHIVED' and retain_until < ? order by retain_until, dossier_code"
                + " limit ?").params(Date.valueOf(today), limit).query(ArchiveStore::summary).list();
    }

    /** Marks the record disposed of, if it still was archived; false when another approval came first. */
    public boolean markDisposed(String code) {
        return jdbc.sql("update archive_record set state = 'DISPOSED' where dossier_code = ? and state = 'ARCHIVED'")
                .param(code).update() == 1;
    }

    /** Whether another record still archived (not disposed of) holds these bytes. */
    public boolean heldByAnotherArchived(String sha256, String code) {
        return jdbc.sql("""
                select count(*) from archive_file f join archive_record r on r.dossier_code = f.dossier_code
                 where f.sha256 = ? and f.dossier_code <> ? and r.state = 'ARCHIVED'""")
                .params(sha256, code).query(Long.class).single() > 0;
    }

    /** Whether the record of {@code code} is disposed of (an unarchived code is not). */
    public boolean disposed(String code) {
        return jdbc.sql("select count(*) from archive_record where dossier_code = ? and state = 'DISPOSED'")
                .param(code).query(Long.class).single() > 0;
    }

    private List<ArchivedFile> files(String code) {
        return jdbc.sql("select * from archive_file where dossier_code = ? order by seq").param(code)
                .query((rs, row) -> new ArchivedFile(rs.getInt("seq"), ArchivedFile.Kind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256")))
                .list();
    }

    private static ArchivedDossier record(ResultSet rs, List<ArchivedFile> files) throws SQLException {
        Integer years = (Integer) rs.getObject("retention_years");
        Date until = rs.getDate("retain_until");
        return new ArchivedDossier(rs.getString("dossier_code"), rs.getString("procedure_code"),
                rs.getString("procedure_name"), rs.getString("receiving_unit"), rs.getString("competent_unit"),
                rs.getString("applicant_id_number"), rs.getString("applicant_name"), rs.getString("status"),
                rs.getTimestamp("submitted_at").toLocalDateTime(), rs.getTimestamp("closed_at").toLocalDateTime(),
                new Retention(years), until == null ? null : until.toLocalDate(),
                rs.getTimestamp("archived_at").toInstant(), ArchivedDossier.State.valueOf(rs.getString("state")),
                files, rs.getString("manifest"));
    }

    private static ArchivedSummary summary(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("retain_until");
        return new ArchivedSummary(rs.getString("dossier_code"), rs.getString("procedure_code"),
                rs.getString("procedure_name"), rs.getString("competent_unit"), rs.getString("applicant_id_number"),
                rs.getString("applicant_name"), rs.getString("status"), rs.getTimestamp("closed_at").toLocalDateTime(),
                until == null ? null : until.toLocalDate(), ArchivedDossier.State.valueOf(rs.getString("state")));
    }

    private static Where where(ArchiveSearch s) {
        Where w = new Where();
        if (present(s.code())) {
            w.add("dossier_code like ? escape '\\'", likePrefix(s.code().strip()));
        }
        if (present(s.applicant())) {
            String text = s.applicant().strip();
            w.add("(applicant_id_number = ? or lower(applicant_name) like ? escape '\\')", text,
                    "%" + escape(text.toLowerCase()) + "%");
        }
        if (present(s.procedureCode())) {
            w.add("procedure_code = ?", s.procedureCode().strip());
        }
        if (present(s.unit())) {
            w.add("(competent_unit = ? or receiving_unit = ?)", s.unit().strip(), s.unit().strip());
        }
        if (s.closedFrom() != null) {
            w.add("closed_at >= ?", Timestamp.valueOf(s.closedFrom().atStartOfDay()));
        }
        if (s.closedTo() != null) {
            w.add("closed_at < ?", Timestamp.valueOf(s.closedTo().plusDays(1).atStartOfDay()));
        }
        return w;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String likePrefix(String text) {
        return escape(text) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A where clause built from the criteria given, with its parameters in order. */
    private static final class Where {
        private String sql = "";
        private final List<Object> params = new ArrayList<>();

        void add(String condition, Object... values) {
            sql += (sql.isEmpty() ? " where " : " and ") + condition;
            params.addAll(List.of(values));
        }

        List<Object> with(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all;
        }
    }
}
