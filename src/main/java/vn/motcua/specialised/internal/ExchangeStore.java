package vn.motcua.specialised.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.specialised.Exchange;
import vn.motcua.specialised.ExchangeState;

/** {@code specialised_exchange} (V341). */
@Repository
public class ExchangeStore {

    private final JdbcClient jdbc;

    ExchangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a dossier for the system; false when it is already exchanged with it. */
    public boolean queue(String dossierCode, String system, String procedureCode, String officer, Instant now) {
        return jdbc.sql("""
                insert into specialised_exchange (dossier_code, system, procedure_code, state, requested_by,
                    requested_at, next_attempt_at) values (:code, :system, :procedure, 'QUEUED', :officer, :now, :now)
                on conflict do nothing""").param("code", dossierCode).param("system", system)
                .param("procedure", procedureCode).param("officer", officer).param("now", Timestamp.from(now))
                .update() == 1;
    }

    public Optional<Exchange> find(String dossierCode, String system) {
        return jdbc.sql("select * from specialised_exchange where dossier_code = :code and system = :system")
                .param("code", dossierCode).param("system", system).query(ExchangeStore::exchange).optional();
    }

    /**
     * Claims up to {@code limit} exchanges due now (queued or awaiting an answer), skipping those another node
     * holds: the caller's transaction keeps them until it ends.
     */
    List<Exchange> claimDue(String system, Instant now, int limit) {
        return jdbc.sql("""
                select * from specialised_exchange
                 where system = :system and state in ('QUEUED', 'SENT') and next_attempt_at <= :now
                 order by next_attempt_at limit :limit for update skip locked""")
                .param("system", system).param("now", Timestamp.from(now)).param("limit", limit)
                .query(ExchangeStore::exchange).list();
    }

    void sent(Exchange e, String reference, Instant nextPoll) {
        jdbc.sql("""
                update specialised_exchange set state = 'SENT', reference = :reference, next_attempt_at = :next,
                    last_error = null where dossier_code = :code and system = :system""")
                .param("reference", reference).param("next", Timestamp.from(nextPoll)).params(key(e)).update();
    }

    void waitAgain(Exchange e, Instant nextPoll) {
        jdbc.sql("update specialised_exchange set next_attempt_at = :next where dossier_code = :code and system = :system")
                .param("next", Timestamp.from(nextPoll)).params(key(e)).update();
    }

    void failed(Exchange e, String error, Instant nextTry) {
        jdbc.sql("""
                update specialised_exchange set attempts = attempts + 1, last_error = :error, next_attempt_at = :next
                 where dossier_code = :code and system = :system""")
                .param("error", error == null ? "" : error.substring(0, Math.min(error.length(), 2000)))
                .param("next", Timestamp.from(nextTry)).params(key(e)).update();
    }

    void registered(Exchange e, String number, String certificateSha256, Instant now) {
        jdbc.sql("""
                update specialised_exchange set state = 'REGISTERED', registration_number = :number,
                    certificate_sha256 = :sha, answered_at = :now, next_attempt_at = null, last_error = null
                 where dossier_code = :code and system = :system""")
                .param("number", number).param("sha", certificateSha256).param("now", Timestamp.from(now))
                .params(key(e)).update();
    }

    void refused(Exchange e, String reason, Instant now) {
        jdbc.sql("""
                update specialised_exchange set state = 'REFUSED', reason = :reason, answered_at = :now,
                    next_attempt_at = null, last_error = null where dossier_code = :code and system = :system""")
                .param("reason", reason == null ? "" : reason.substring(0, Math.min(reason.length(), 2000)))
                .param("now", Timestamp.from(now)).params(key(e)).update();
    }

    /** The certificate became the dossier's result; false when it was not (or no longer) registered. */
    public boolean attached(String dossierCode, String system) {
        return jdbc.sql("update specialised_exchange set state = 'ATTACHED' where dossier_code = :code "
                + "and system = :system and state = 'REGISTERED'").param("code", dossierCode).param("system", system)
                .update() == 1;
    }

    private static Map<String, Object> key(Exchange e) {
        return Map.of("code", e.dossierCode(), "system", e.system());
    }

    private static Exchange exchange(ResultSet rs, int n) throws SQLException {
        return new Exchange(rs.getString("dossier_code"), rs.getString("system"),
                ExchangeState.valueOf(rs.getString("state")), rs.getString("requested_by"),
                instant(rs, "requested_at"), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                rs.getString("last_error"), rs.getString("reference"), rs.getString("registration_number"),
                rs.getString("certificate_sha256"), rs.getString("reason"), instant(rs, "answered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
