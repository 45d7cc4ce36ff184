package vn.motcua.payment.internal.reconciliation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.payment.DifferenceKind;
import vn.motcua.payment.ReconciliationDifference;
import vn.motcua.payment.ReconciliationRun;

/** The {@code reconciliation_run} and {@code reconciliation_difference} rows. */
@Repository
public class ReconciliationStore {

    private final JdbcClient jdbc;

    ReconciliationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReconciliationDifference> differences() {
        return jdbc.sql("select * from reconciliation_difference order by resolved_at is not null, day desc, id")
                .query(this::difference).list();
    }

    public Optional<ReconciliationDifference> find(long id) {
        return jdbc.sql("select * from reconciliation_difference where id = ?").param(id).query(this::difference)
                .optional();
    }

    public List<ReconciliationRun> lastRuns(int count) {
        return jdbc.sql("select * from reconciliation_run order by started_at desc, id desc limit ?").param(count)
                .query((rs, row) -> new ReconciliationRun(rs.getObject("day", LocalDate.class),
                        instant(rs, "started_at"), rs.getString("started_by"), rs.getInt("our_count"),
                        rs.getInt("platform_count"), rs.getInt("differences")))
                .list();
    }

    void insertRun(ReconciliationRun run) {
        jdbc.sql("""
                insert into reconciliation_run (day, started_at, started_by, our_count, platform_count, differences)
                values (?, ?, ?, ?, ?, ?)""")
                .params(run.day(), utc(run.startedAt()), run.startedBy(), run.ourCount(), run.platformCount(),
                        run.differences())
                .update();
    }

    /** Keeps a difference once per day, kind and reference: a run finding it again changes nothing. */
    void keep(LocalDate day, Difference d, Instant foundAt) {
        jdbc.sql("""
                insert into reconciliation_difference (day, kind, reference, dossier_code, our_amount_vnd,
                    platform_amount_vnd, our_account, platform_account, found_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (day, kind, reference) do nothing""")
                .params(day, d.kind().name(), d.reference(), d.dossierCode(),
                        d.ours() == null ? null : d.ours().amountVnd(),
                        d.platform() == null ? null : d.platform().amountVnd(),
                        d.ours() == null ? null : d.ours().beneficiary(),
                        d.platform() == null ? null : d.platform().beneficiary(), utc(foundAt))
                .update();
    }

    /** Resolves the difference if it is open; false when it is not (resolved before, or none). */
    boolean resolve(long id, String by, Instant at, String note) {
        return jdbc.sql("""
                update reconciliation_difference set resolved_at = ?, resolved_by = ?, resolution_note = ?
                where id = ? and resolved_at is null""")
                .params(utc(at), by, note, id).update() == 1;
    }

    private ReconciliationDifference difference(ResultSet rs, int row) throws SQLException {
        return new ReconciliationDifference(rs.getLong("id"), rs.getObject("day", LocalDate.class),
                DifferenceKind.valueOf(rs.getString("kind")), rs.getString("reference"), rs.getString("dossier_code"),
                rs.getObject("our_amount_vnd", Long.class), rs.getObject("platform_amount_vnd", Long.class),
                rs.getString("our_account"), rs.getString("platform_account"), instant(rs, "found_at"),
                instant(rs, "resolved_at"), rs.getString("resolved_by"), rs.getString("resolution_note"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
