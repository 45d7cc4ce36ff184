package vn.motcua.reading.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.platform.NodeLeases;

/**
 * Table {@code reading_scan}: scans to read and the text read. A node claims one due scan at a time (skip
 * locked, so two nodes never read the same file) for {@code claimFor} on the database's clock; a claim that
 * outlives its node is taken over once it runs out.
 */
@Repository
public class ScanQueue {

    /** A scan this node holds. */
    public record Claimed(String sha256, String mediaType, int attempts) {
    }

    private final JdbcClient jdbc;
    private final String node;

    ScanQueue(JdbcClient jdbc, NodeLeases leases) {
        this.jdbc = jdbc;
        this.node = leases.node();
    }

    /** Queues the file (once) and records where it was received (once per dossier and component). */
    public void enqueue(String sha256, String mediaType, String dossierCode, String component, String fileName,
            Instant now) {
        jdbc.sql("""
                insert into reading_scan (sha256, media_type, next_attempt_at) values (?, ?, ?)
                on conflict (sha256) do nothing""")
                .params(sha256, mediaType, Timestamp.from(now)).update();
        jdbc.sql("""
                insert into reading_scan_place (sha256, dossier_code, component, file_name) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(sha256, dossierCode, component, fileName).update();
    }

    public Optional<Claimed> claimNext(Instant now, Duration claimFor) {
        return jdbc.sql("""
                update reading_scan set claimed_by = :node,
                    claimed_until = clock_timestamp() + make_interval(secs => :seconds)
                where sha256 = (select sha256 from reading_scan
                                where status = 'pending' and next_attempt_at <= :now
                                  and (claimed_until is null or claimed_until < clock_timestamp())
                                order by next_attempt_at limit 1 for update skip locked)
                returning sha256, media_type, attempts""")
                .param("node", node).param("seconds", claimFor.toMillis() / 1000.0).param("now", Timestamp.from(now))
                .query((rs, row) -> new Claimed(rs.getString("sha256"), rs.getString("media_type"), rs.getInt("attempts")))
                .optional();
    }

    public void read(Claimed scan, String content, String searchText, int pages, Instant now) {
        jdbc.sql("""
                update reading_scan set status = 'read', content = ?, search_text = ?, pages = ?, read_at = ?,
                    attempts = attempts + 1, last_error = null, claimed_by = null, claimed_until = null
                where sha256 = ? and status = 'pending'""")
                .params(content, searchText, pages, Timestamp.from(now), scan.sha256()).update();
    }

    /** Tried again at {@code next}, or marked failed when {@code next} is null. */
    public void failed(Claimed scan, String error, Instant next) {
        jdbc.sql("""
                update reading_scan set attempts = attempts + 1, last_error = ?,
                    status = case when cast(? as timestamptz) is null then 'failed' else status end,
                    next_attempt_at = coalesce(cast(? as timestamptz), next_attempt_at),
                    claimed_by = null, claimed_until = null
                where sha256 = ? and status = 'pending'""")
                .params(error, next == null ? null : Timestamp.from(next), next == null ? null : Timestamp.from(next),
                        scan.sha256()).update();
    }

    /** How many scans are pending, read and failed. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>(Map.of("pending", 0L, "read", 0L, "failed", 0L));
        jdbc.sql("select status, count(*) as n from reading_scan group by status")
                .query((rs, row) -> Map.entry(rs.getString("status"), rs.getLong("n"))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** The latest failures, newest first: for the administrator. */
    public List<Map.Entry<String, String>> failures(int limit) {
        return jdbc.sql("""
                select sha256, last_error from reading_scan where status = 'failed'
                order by next_attempt_at desc limit ?""")
                .param(limit).query((rs, row) -> Map.entry(rs.getString("sha256"), rs.getString("last_error"))).list();
    }
}
