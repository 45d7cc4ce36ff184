package vn.motcua.nationalportal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.nationalportal.NationalPortal.Failure;

/**
 * The sync as an administrator and the index see it: per {@link Destination}, the backlog, the oldest change
 * not yet acknowledged, failures by reason, parked changes and resending them; for the portal, the changes
 * acknowledged late (1.4) and what the province holds against what it acknowledged (the parity report).
 */
@Service
public class PortalSync {

    /** Changes waiting (due or not), of which failing at least once; parked; acknowledged. */
    public record Backlog(long waiting, long failing, long parked, long acknowledged) {
    }

    /** The oldest change not yet acknowledged: its dossier and when it was made. */
    public record Oldest(String dossierCode, int trackingSeq, Instant changedAt) {
    }

    /** A change given up on until an administrator sends it again. */
    public record Parked(String dossierCode, int trackingSeq, int statusCode, Instant changedAt, int attempts,
            Failure reason, String lastError) {
    }

    /**
     * A change not acknowledged within the setting {@code in-time} of being made.
     *
     * @param acknowledgedAt when the portal acknowledged it, null when it has not
     */
    public record LateChange(String dossierCode, int trackingSeq, int statusCode, Instant changedAt, Instant deadline,
            Instant acknowledgedAt) {
    }

    /**
     * One dossier of the parity report: its last status in the province and the last the portal acknowledged.
     *
     * @param acknowledgedStatus null when the portal acknowledged none of its changes
     */
    public record ParityLine(String dossierCode, String unit, int provinceStatus, int provinceSeq,
            Integer acknowledgedStatus, Integer acknowledgedSeq, Instant lastChangeAt) {

        public boolean current() {
            return acknowledgedSeq != null && acknowledgedSeq == provinceSeq;
        }
    }

    /**
     * The parity report of a period: dossiers changed in it, of which the portal holds the last status; the
     * dossiers it does not (at most the limit asked, the oldest change first).
     */
    public record Parity(long dossiers, long current, List<ParityLine> behind) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration inTime;

    PortalSync(JdbcClient jdbc, Clock clock, @Value("${motcua.national-portal.in-time}") Duration inTime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.inTime = inTime;
    }

    /** How long after a change its acknowledgement counts as in time (1.4). */
    public Duration inTime() {
        return inTime;
    }

    public Backlog backlog(Destination destination) {
        return jdbc.sql("""
                select count(*) filter (where state = 'PENDING'),
                       count(*) filter (where state = 'PENDING' and attempts > 0),
                       count(*) filter (where state = 'PARKED'),
                       count(*) filter (where state = 'DELIVERED')
                from national_portal_outbox where destination = ?""")
                .param(destination.name())
                .query((rs, row) -> new Backlog(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    public Optional<Oldest> oldestUndelivered(Destination destination) {
        return jdbc.sql("""
                select dossier_code, tracking_seq, changed_at from national_portal_outbox
                where destination = ? and state <> 'DELIVERED' order by changed_at, id limit 1""")
                .param(destination.name())
                .query((rs, row) -> new Oldest(rs.getString(1), rs.getInt(2), instant(rs, 3))).optional();
    }

    /** Changes not yet acknowledged whose last attempt failed, by why. */
    public Map<Failure, Long> failuresByReason(Destination destination) {
        Map<Failure, Long> counts = new EnumMap<>(Failure.class);
        jdbc.sql("""
                select last_reason, count(*) from national_portal_outbox
                where destination = ? and state <> 'DELIVERED' and last_reason is not null group by last_reason""")
                .param(destination.name())
                .query((rs, row) -> counts.put(Failure.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** Parked changes, the oldest first, at most {@code limit}. */
    public List<Parked> parked(Destination destination, int limit) {
        return jdbc.sql("""
                select dossier_code, tracking_seq, status_code, changed_at, attempts, last_reason, last_error
                from national_portal_outbox where destination = ? and state = 'PARKED'
                order by changed_at, id limit ?""")
                .params(destination.name(), limit)
                .query((rs, row) -> new Parked(rs.getString(1), rs.getInt(2), rs.getInt(3), instant(rs, 4),
                        rs.getInt(5), rs.getString(6) == null ? null : Failure.valueOf(rs.getString(6)),
                        rs.getString(7)))
                .list();
    }

    /** Sends the dossier's parked changes again now, counting attempts afresh; returns how many. */
    @Transactional
    public int resend(Destination destination, String dossierCode) {
        return jdbc.sql("""
                update national_portal_outbox set state = 'PENDING', attempts = 0, next_attempt_at = ?
                where destination = ? and dossier_code = ? and state = 'PARKED'""")
                .params(Timestamp.from(clock.instant()), destination.name(), dossierCode).update();
    }

    /** Sends every parked change again now; returns how many. */
    @Transactional
    public int resendAllParked(Destination destination) {
        return jdbc.sql("""
                update national_portal_outbox set state = 'PENDING', attempts = 0, next_attempt_at = ?
                where destination = ? and state = 'PARKED'""")
                .params(Timestamp.from(clock.instant()), destination.name()).update();
    }

    /**
     * Each dossier's first change made in {@code [from, until)} whose deadline ({@link #inTime()} after it)
     * passed before {@code now} without the portal acknowledging it by then, by dossier code. A change
     * whose deadline is still ahead is not late, whether or not it is acknowledged yet.
     */
    public Map<String, LateChange> lateChanges(Instant from, Instant until, Instant now) {
        Map<String, LateChange> late = new LinkedHashMap<>();
        jdbc.sql("""
                select distinct on (dossier_code) dossier_code, tracking_seq, status_code, changed_at,
                       changed_at + make_interval(secs => :seconds) as deadline, acknowledged_at
                from national_portal_outbox
                where destination = 'PORTAL' and changed_at >= :from and changed_at < :until
                  and changed_at + make_interval(secs => :seconds) < :now
                  and (acknowledged_at is null or acknowledged_at > changed_at + make_interval(secs => :seconds))
                order by dossier_code, tracking_seq""")
                .param("seconds", inTime.toMillis() / 1000.0).param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until)).param("now", Timestamp.from(now))
                .query((rs, row) -> new LateChange(rs.getString(1), rs.getInt(2), rs.getInt(3), instant(rs, 4),
                        instant(rs, 5), instant(rs, 6)))
                .list().forEach(change -> late.put(change.dossierCode(), change));
        return late;
    }

    /**
     * For the dossiers changed in {@code [from, to)}: the last status the province gave each by {@code to}
     * against the last the portal acknowledged (by now), with at most {@code limit} of those it does not hold.
     */
    @Transactional(readOnly = true)
    public Parity parity(Instant from, Instant to, int limit) {
        String lines = """
                with changed as (select distinct dossier_code from national_portal_outbox
                                 where destination = 'PORTAL' and changed_at >= :from and changed_at < :to),
                last as (select distinct on (o.dossier_code) o.dossier_code, o.unit, o.status_code, o.tracking_seq,
                                o.changed_at
                         from national_portal_outbox o join changed c using (dossier_code)
                         where o.destination = 'PORTAL' and o.changed_at < :to
                         order by o.dossier_code, o.tracking_seq desc),
                acked as (select distinct on (o.dossier_code) o.dossier_code, o.status_code, o.tracking_seq
                          from national_portal_outbox o join changed c using (dossier_code)
                          where o.destination = 'PORTAL' and o.state = 'DELIVERED'
                            and o.tracking_seq <= (select l.tracking_seq from last l
                                                                        where l.dossier_code = o.dossier_code)
                          order by o.dossier_code, o.tracking_seq desc)
                select l.dossier_code, l.unit, l.status_code, l.tracking_seq, a.status_code as acked_status,
                       a.tracking_seq as acked_seq, l.changed_at
                from last l left join acked a using (dossier_code)""";
        long[] counts = jdbc.sql("select count(*), count(*) filter (where acked_seq = tracking_seq) from ("
                        + lines + ") p")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        List<ParityLine> behind = jdbc.sql("select * from (" + lines + ") p"
                        + " where acked_seq is distinct from tracking_seq order by changed_at, dossier_code limit :limit")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query((rs, row) -> new ParityLine(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        (Integer) rs.getObject(5), (Integer) rs.getObject(6), instant(rs, 7)))
                .list();
        return new Parity(counts[0], counts[1], behind);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
