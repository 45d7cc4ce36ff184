package vn.motcua.nationalportal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.nationalportal.Destination;
import vn.motcua.nationalportal.NationalPortal;

/**
 * The {@code national_portal_outbox} table, one queue per {@link Destination}. A batch is one dossier's
 * oldest undelivered changes to one destination, claimed with row locks held until the sender's transaction
 * ends: the first with {@code SKIP LOCKED} (another node's claim is passed over), and only when no earlier
 * change of its dossier to that destination is undelivered, so the dossier's order holds whatever the nodes do.
 */
@Repository
class SyncOutbox {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    /**
     * A claimed change.
     *
     * @param message the portal's dossier object, or the EMC event
     * @param progress the portal's progress entry; null for EMC
     */
    record Change(long id, String dossierCode, int trackingSeq, int attempts, Map<String, Object> message,
            Map<String, Object> progress) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    SyncOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a change for a destination, due at once; the same change (dossier and tracking line) twice is
     * kept once.
     */
    void record(Destination destination, String dossierCode, int trackingSeq, int statusCode, String unit,
            Instant changedAt, Map<String, Object> message, Map<String, Object> progress, Instant now) {
        jdbc.sql("""
                insert into national_portal_outbox (destination, dossier_code, tracking_seq, status_code, unit,
                    changed_at, message, progress, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
                on conflict (destination, dossier_code, tracking_seq) do nothing""")
                .params(destination.name(), dossierCode, trackingSeq, statusCode, unit, Timestamp.from(changedAt),
                        json.writeValueAsString(message), progress == null ? null : json.writeValueAsString(progress),
                        Timestamp.from(now))
                .update();
    }

    /**
     * Locks the oldest due change to the destination no other sender holds whose dossier has nothing earlier
     * undelivered there, and the changes of that dossier following it, {@link NationalPortal#PROGRESS_BATCH}
     * at most, in order. Empty when nothing is due. Call inside a transaction.
     */
    List<Change> claimBatch(Destination destination, Instant now) {
        Optional<Long> head = jdbc.sql("""
                select id from national_portal_outbox o
                where destination = ? and state = 'PENDING' and next_attempt_at <= ?
                  and not exists (select 1 from national_portal_outbox e
                                  where e.destination = o.destination and e.dossier_code = o.dossier_code
                                    and e.state <> 'DELIVERED' and e.tracking_seq < o.tracking_seq)
                order by next_attempt_at, id limit 1 for update skip locked""")
                .params(destination.name(), Timestamp.from(now)).query(Long.class).optional();
        return head.map(id -> jdbc.sql("""
                select o.id, o.dossier_code, o.tracking_seq, o.attempts, o.message::text, o.progress::text
                from national_portal_outbox o join national_portal_outbox h on h.id = ?
                where o.destination = h.destination and o.dossier_code = h.dossier_code and o.state = 'PENDING'
                  and o.tracking_seq >= h.tracking_seq
                order by o.tracking_seq limit ? for update of o""")
                .params(id, NationalPortal.PROGRESS_BATCH)
                .query((rs, row) -> new Change(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        json.readValue(rs.getString(5), OBJECT),
                        rs.getString(6) == null ? null : json.readValue(rs.getString(6), OBJECT)))
                .list()).orElse(List.of());
    }

    /** Whether the portal acknowledged a change of the dossier already (it has the dossier). */
    boolean knownToPortal(String dossierCode) {
        return jdbc.sql("select exists (select 1 from national_portal_outbox where destination = 'PORTAL'"
                + " and dossier_code = ? and state = 'DELIVERED')").param(dossierCode).query(Boolean.class).single();
    }

    void acknowledged(List<Change> batch, Instant at) {
        jdbc.sql("""
                update national_portal_outbox set state = 'DELIVERED', attempts = attempts + 1, acknowledged_at = ?,
                    last_reason = null, last_error = null
                where id = any(?)""")
                .params(Timestamp.from(at), ids(batch)).update();
    }

    /** A failed attempt: due again at {@code next}, or parked when {@code next} is null. */
    void failed(List<Change> batch, NationalPortal.Failure reason, String error, Instant next) {
        jdbc.sql("""
                update national_portal_outbox set attempts = attempts + 1, last_reason = ?, last_error = ?,
                    state = ?, next_attempt_at = coalesce(?, next_attempt_at)
                where id = any(?)""")
                .params(reason.name(), error, next == null ? "PARKED" : "PENDING",
                        next == null ? null : Timestamp.from(next), ids(batch))
                .update();
    }

    private static Long[] ids(List<Change> batch) {
        return batch.stream().map(Change::id).toArray(Long[]::new);
    }
}
