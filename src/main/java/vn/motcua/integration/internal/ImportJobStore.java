package vn.motcua.integration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.integration.ImportJob;
import vn.motcua.integration.ImportProgress;
import vn.motcua.integration.ImportSummary;

/**
 * The background imports' pages, in PostgreSQL ({@code history_import_job}), so that whichever node
 * an administrator reaches shows an import another node runs. A running import writes its progress
 * after every batch; one whose node stopped writing for {@link #SILENT} is shown as failed, since that
 * node is gone (its batches stay imported, and the same file imported again updates them).
 */
@Repository
public class ImportJobStore {

    static final Duration SILENT = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records or updates a job's page as {@code node} runs it. */
    public void save(ImportJob job, String node, Instant now) {
        ImportProgress p = job.progress();
        jdbc.sql("""
                insert into history_import_job (id, file_name, started_by, started_at, total_bytes, state, bytes_read,
                    lines, created, updated, rejected, summary, failure, node, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                on conflict (id) do update set state = excluded.state, bytes_read = excluded.bytes_read,
                    lines = excluded.lines, created = excluded.created, updated = excluded.updated,
                    rejected = excluded.rejected, summary = excluded.summary, failure = excluded.failure,
                    updated_at = excluded.updated_at""")
                .params(UUID.fromString(job.id()), job.fileName(), job.startedBy(), job.startedAt(), job.totalBytes(),
                        job.state().name(), p.bytesRead(), p.lines(), p.created(), p.updated(), p.rejected(),
                        job.summary() == null ? null : json.writeValueAsString(job.summary()), job.failure(), node,
                        Timestamp.from(now))
                .update();
    }

    /** The job's page; a job whose node went silent is shown as failed. */
    public Optional<ImportJob> find(String id, Instant now) {
        UUID key;
        try {
            key = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return jdbc.sql("select * from history_import_job where id = ?").param(key)
                .query((rs, n) -> read(rs, now)).optional();
    }

    /** Marks what {@code node} has not finished as failed, when it stops. */
    public void abandon(String node, String reason, Instant now) {
        jdbc.sql("""
                update history_import_job set state = 'FAILED', failure = ?, updated_at = ?
                where node = ? and state in ('QUEUED', 'RUNNING')""")
                .params(reason, Timestamp.from(now), node).update();
    }

    private ImportJob read(ResultSet rs, Instant now) throws SQLException {
        ImportJob.State state = ImportJob.State.valueOf(rs.getString("state"));
        String failure = rs.getString("failure");
        boolean silent = state == ImportJob.State.RUNNING
                && rs.getTimestamp("updated_at").toInstant().plus(SILENT).isBefore(now);
        if (silent) {
            state = ImportJob.State.FAILED;
            failure = "the node " + rs.getString("node") + " running it stopped";
        }
        String summary = rs.getString("summary");
        return new ImportJob(rs.getString("id"), rs.getString("file_name"), rs.getString("started_by"),
                rs.getTimestamp("started_at").toLocalDateTime(), rs.getLong("total_bytes"), state,
                new ImportProgress(rs.getLong("bytes_read"), rs.getLong("lines"), rs.getLong("created"),
                        rs.getLong("updated"), rs.getLong("rejected")),
                summary == null ? null : json.readValue(summary, ImportSummary.class), failure);
    }
}
