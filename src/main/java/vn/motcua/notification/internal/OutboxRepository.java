package vn.motcua.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationKind;
import vn.motcua.notification.OutboxMessage;

/** The notification_outbox table. */
@Repository
public class OutboxRepository {

    private static final String SELECT = "select * from notification_outbox ";

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a message unless one with its key is there already; true when it was added. */
    boolean enqueue(String dedupKey, Composed message, Instant now) {
        return jdbc.sql("insert into notification_outbox (dedup_key, dossier_code, kind, channel, recipient, language,"
                        + " subject, body, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (dedup_key) do nothing")
                .params(dedupKey, message.dossierCode(), message.kind().name(), message.channel().name(),
                        message.recipient(), message.language(), message.subject(), message.body(),
                        Timestamp.from(now), Timestamp.from(now))
                .update() == 1;
    }

    /** Locks the oldest due message no other sender holds; empty when none. Call inside a transaction. */
    Optional<OutboxMessage> claimNext(Instant now) {
        return jdbc.sql(SELECT + "where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id"
                        + " limit 1 for update skip locked")
                .param(Timestamp.from(now)).query(OutboxRepository::map).optional();
    }

    void markSent(long id, Instant now) {
        jdbc.sql("update notification_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?,"
                + " last_error = null where id = ?").params(Timestamp.from(now), id).update();
    }

    /** Records a failed attempt: due again at {@code next}, or given up on when {@code next} is null. */
    void markFailed(long id, String error, Instant next) {
        jdbc.sql("update notification_outbox set attempts = attempts + 1, last_error = ?, status = ?,"
                        + " next_attempt_at = coalesce(?, next_attempt_at) where id = ?")
                .params(error, next == null ? "FAILED" : "PENDING", next == null ? null : Timestamp.from(next), id)
                .update();
    }

    public List<OutboxMessage> problems(int limit) {
        return jdbc.sql(SELECT + "where status = 'FAILED' or (status = 'PENDING' and attempts > 0)"
                + " order by id desc limit ?").param(limit).query(OutboxRepository::map).list();
    }

    public List<OutboxMessage> ofDossier(String code) {
        return jdbc.sql(SELECT + "where dossier_code = ? order by id").param(code).query(OutboxRepository::map).list();
    }

    public boolean retry(long id, Instant now) {
        return jdbc.sql("update notification_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ?"
                + " where id = ? and status = 'FAILED'").params(Timestamp.from(now), id).update() == 1;
    }

    private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getString("dossier_code"),
                NotificationKind.valueOf(rs.getString("kind")), NotificationChannel.valueOf(rs.getString("channel")),
                rs.getString("recipient"), rs.getString("language"), rs.getString("subject"), rs.getString("body"),
                rs.getString("status"), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
