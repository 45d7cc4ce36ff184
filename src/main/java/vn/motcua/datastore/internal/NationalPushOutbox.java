package vn.motcua.datastore.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.datastore.ResultPushed;
import vn.motcua.platform.NodeLeases;

/**
 * The {@code national_push} outbox. A node claims one due push at a time (skip locked, so two nodes never
 * take the same row) for {@code claimFor}, measured on the database's clock that every node shares; a
 * claim that outlives its node is taken over once it runs out. When a push is due is the application's
 * clock (tests move it).
 */
@Component
class NationalPushOutbox {

    /** A push this node holds. */
    record Claimed(long id, long storedDocument, String dossierCode, int attempts) {
    }

    private final JdbcClient jdbc;
    private final String node;
    private final ApplicationEventPublisher events;

    NationalPushOutbox(JdbcClient jdbc, NodeLeases leases, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.node = leases.node();
        this.events = events;
    }

    /** Queues the push of a stored result, due at once; queued already, nothing changes. */
    void enqueue(long storedDocument, String dossierCode, Instant now) {
        jdbc.sql("""
                insert into national_push (stored_document, dossier_code, next_attempt_at) values (?, ?, ?)
                on conflict (stored_document) do nothing""")
                .params(storedDocument, dossierCode, Timestamp.from(now)).update();
    }

    /** The next push due at {@code now} that no node holds, now held by this one; empty when none. */
    Optional<Claimed> claimNext(Instant now, Duration claimFor) {
        return jdbc.sql("""
                update national_push set claimed_by = :node,
                    claimed_until = clock_timestamp() + make_interval(secs => :seconds)
                where id = (select id from national_push
                            where pushed_at is null and next_attempt_at <= :now
                              and (claimed_until is null or claimed_until < clock_timestamp())
                            order by next_attempt_at limit 1 for update skip locked)
                returning id, stored_document, dossier_code, attempts""")
                .param("node", node).param("seconds", claimFor.toMillis() / 1000.0).param("now", Timestamp.from(now))
                .query((rs, row) -> new Claimed(rs.getLong("id"), rs.getLong("stored_document"),
                        rs.getString("dossier_code"), rs.getInt("attempts")))
                .optional();
    }

    /** The push succeeded: recorded, and told to the index ({@link ResultPushed}) in the same transaction. */
    @Transactional
    public void pushed(Claimed push, String resultCode, Instant now) {
        int updated = jdbc.sql("""
                update national_push set pushed_at = ?, attempts = attempts + 1, last_error = null,
                    claimed_by = null, claimed_until = null
                where id = ? and pushed_at is null""")
                .params(Timestamp.from(now), push.id()).update();
        if (updated == 1) {
            events.publishEvent(new ResultPushed(push.dossierCode(), resultCode));
        }
    }

    /** The push failed: tried again at {@code next}, by whichever node claims it then. */
    void failed(Claimed push, String error, Instant next) {
        jdbc.sql("""
                update national_push set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                    claimed_by = null, claimed_until = null
                where id = ? and pushed_at is null""")
                .params(error, Timestamp.from(next), push.id()).update();
    }
}
