package vn.motcua.datastore;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What the outbox of pushes to the national data store holds, for the administrator. */
@Service
public class NationalPushQueue {

    /** How many pushes wait, of which how many failed at least once, and how many succeeded. */
    public record Counts(long waiting, long failing, long pushed) {
    }

    /** A push that failed and waits for its next attempt. */
    public record Failing(String resultCode, int attempts, Instant nextAttemptAt, String lastError) {
    }

    private final JdbcClient jdbc;

    NationalPushQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Counts counts() {
        return jdbc.sql("""
                select count(*) filter (where pushed_at is null),
                       count(*) filter (where pushed_at is null and attempts > 0),
                       count(*) filter (where pushed_at is not null)
                from national_push""")
                .query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    /** The failing pushes, the soonest due first, at most {@code limit}. */
    public List<Failing> failing(int limit) {
        return jdbc.sql("""
                select d.reference, p.attempts, p.next_attempt_at, p.last_error
                from national_push p join stored_document d on d.id = p.stored_document
                where p.pushed_at is null and p.attempts > 0 order by p.next_attempt_at limit ?""")
                .param(limit)
                .query((rs, row) -> new Failing(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4)))
                .list();
    }
}
