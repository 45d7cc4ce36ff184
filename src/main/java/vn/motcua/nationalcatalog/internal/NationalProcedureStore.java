package vn.motcua.nationalcatalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.nationalcatalog.NationalEntry;
import vn.motcua.nationalcatalog.NationalProcedure;
import vn.motcua.nationalcatalog.NationalStatus;
import vn.motcua.nationalcatalog.SyncRun;

/** {@code national_catalog_procedure} and {@code national_catalog_sync} (V340). */
@Repository
public class NationalProcedureStore {

    private static final String STATUS = """
            case when baseline_hash is null then 'NEW' when baseline_hash <> hash then 'CHANGED' else 'UNCHANGED' end""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    NationalProcedureStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Every stored procedure's code and hash. */
    public Map<String, String> hashes() {
        return jdbc.sql("select code, hash from national_catalog_procedure").query((rs, n) -> Map.entry(
                rs.getString(1), rs.getString(2))).list().stream().collect(Collectors.toMap(Map.Entry::getKey,
                Map.Entry::getValue));
    }

    /** Stores procedures seen for the first time; {@code inStep} ones take their content as the baseline. */
    public void insert(List<Listed> listed, Instant now) {
        batch.batchUpdate("""
                insert into national_catalog_procedure (code, content, hash, baseline, baseline_hash, first_seen_at,
                    changed_at) values (?, cast(? as jsonb), ?, cast(? as jsonb), ?, ?, ?)""",
                listed.stream().map(l -> new Object[] {l.code(), l.content(), l.hash(), l.inStep() ? l.content() : null,
                    l.inStep() ? l.hash() : null, Timestamp.from(now), Timestamp.from(now)}).toList());
    }

    /** Stores the new content of procedures whose hash changed. */
    public void update(List<Listed> listed, Instant now) {
        batch.batchUpdate("update national_catalog_procedure set content = cast(? as jsonb), hash = ?, changed_at = ? "
                + "where code = ?", listed.stream().map(l -> new Object[] {l.content(), l.hash(), Timestamp.from(now),
                    l.code()}).toList());
    }

    /** The province's catalog took in the content listed now: it becomes the baseline. False for an unknown code. */
    public boolean markAdopted(String code, Instant now) {
        return jdbc.sql("""
                update national_catalog_procedure set baseline = content, baseline_hash = hash, adopted_at = :now
                 where code = :code""").param("now", Timestamp.from(now)).param("code", code).update() == 1;
    }

    public Optional<NationalEntry> entry(String code) {
        return jdbc.sql("select *, " + STATUS + " as status from national_catalog_procedure where code = :code")
                .param("code", code).query(this::toEntry).optional();
    }

    /** Procedures with this status whose code or name contains {@code text}, newest change first. */
    public List<NationalEntry> list(NationalStatus status, String text, int offset, int size) {
        return jdbc.sql("select *, " + STATUS + " as status from national_catalog_procedure where " + STATUS
                        + " = :status and (:text = '' or code ilike :like or content ->> 'name' ilike :like) "
                        + "order by changed_at desc, code limit :size offset :offset")
                .param("status", status.name()).param("text", text).param("like", "%" + escape(text) + "%")
                .param("size", size).param("offset", offset).query(this::toEntry).list();
    }

    /** How many procedures stand at each status. */
    public Map<NationalStatus, Long> counts() {
        return jdbc.sql("select " + STATUS + " as status, count(*) from national_catalog_procedure group by 1")
                .query((rs, n) -> Map.entry(NationalStatus.valueOf(rs.getString(1)), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public void record(SyncRun run) {
        jdbc.sql("""
                insert into national_catalog_sync (started_at, finished_at, node, outcome, served, new_count,
                    changed_count, unchanged_count, skipped_count, error)
                values (:started, :finished, :node, :outcome, :served, :new, :changed, :unchanged, :skipped, :error)""")
                .param("started", Timestamp.from(run.startedAt())).param("finished", Timestamp.from(run.finishedAt()))
                .param("node", run.node()).param("outcome", run.outcome().name()).param("served", run.served())
                .param("new", run.newCount()).param("changed", run.changedCount())
                .param("unchanged", run.unchangedCount()).param("skipped", run.skippedCount())
                .param("error", run.error()).update();
    }

    public List<SyncRun> recentRuns(int limit) {
        return jdbc.sql("select * from national_catalog_sync order by started_at desc, id desc limit :limit")
                .param("limit", limit).query((rs, n) -> new SyncRun(rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at").toInstant(), rs.getString("node"),
                        SyncRun.Outcome.valueOf(rs.getString("outcome")), rs.getInt("served"), rs.getInt("new_count"),
                        rs.getInt("changed_count"), rs.getInt("unchanged_count"), rs.getInt("skipped_count"),
                        rs.getString("error"))).list();
    }

    private NationalEntry toEntry(ResultSet rs, int n) throws SQLException {
        NationalProcedure now = json.readValue(rs.getString("content"), NationalProcedure.class);
        String baseline = rs.getString("baseline");
        NationalStatus status = NationalStatus.valueOf(rs.getString("status"));
        Timestamp adopted = rs.getTimestamp("adopted_at");
        return new NationalEntry(now, status, rs.getTimestamp("first_seen_at").toInstant(),
                rs.getTimestamp("changed_at").toInstant(), adopted == null ? null : adopted.toInstant(),
                status == NationalStatus.CHANGED
                        ? Changes.between(json.readValue(baseline, NationalProcedure.class), now) : List.of());
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A listed procedure as stored: its JSON, hash, and whether the province's catalog already has its code. */
    public record Listed(String code, String content, String hash, boolean inStep) {
    }
}
