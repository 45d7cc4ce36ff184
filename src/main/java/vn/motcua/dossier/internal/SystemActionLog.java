package vn.motcua.dossier.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.TransitionOutcome;
import vn.motcua.platform.UserInputException;

/**
 * Idempotency keys of the systems' actions. A key is claimed by inserting its row; a second request with
 * the same key waits on the first one's transaction (the primary key) and then finds its outcome.
 */
@Repository
public class SystemActionLog {

    static final int KEY_LENGTH = 128;

    private final JdbcClient jdbc;
    private final Clock clock;

    SystemActionLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Runs {@code act} unless {@code key} was used by {@code system} before; then returns the outcome recorded
     * then, marked repeated.
     */
    public TransitionOutcome once(String system, String key, String code, DossierAction action,
            Supplier<DossierView> act) {
        checkKey(key);
        if (!claim(system, key, code, action)) {
            return recorded(system, key, code, action);
        }
        TransitionOutcome outcome = TransitionOutcome.of(act.get());
        record(system, key, outcome);
        return outcome;
    }

    /** A key is what the system sends: printable, at most {@value #KEY_LENGTH} characters. */
    private static void checkKey(String key) {
        if (key == null || key.isBlank() || key.length() > KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new UserInputException("idempotencyKey", "dossier.system.key", KEY_LENGTH);
        }
    }

    /** True when this call claimed the key; false when it was claimed before (its outcome is then recorded). */
    private boolean claim(String system, String key, String code, DossierAction action) {
        return jdbc.sql("""
                insert into dossier_system_action (system_name, idempotency_key, dossier_code, action, recorded_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(system, key, code, action.name(), clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .update() == 1;
    }

    private void record(String system, String key, TransitionOutcome outcome) {
        jdbc.sql("""
                update dossier_system_action set from_status = ?, to_status = ?, tracking_seq = ?
                 where system_name = ? and idempotency_key = ?""")
                .params(outcome.from() == null ? null : outcome.from().name(), outcome.to().name(),
                        outcome.trackingSeq(), system, key)
                .update();
    }

    /**
     * The outcome recorded under the key, repeated; refused when the key was used for another dossier or
     * action (a system's mistake that must not pass as success).
     */
    private TransitionOutcome recorded(String system, String key, String code, DossierAction action) {
        Optional<TransitionOutcome> outcome = jdbc.sql("""
                select dossier_code, action, from_status, to_status, tracking_seq from dossier_system_action
                 where system_name = ? and idempotency_key = ?""")
                .params(system, key)
                .query((rs, row) -> new TransitionOutcome(rs.getString(1), DossierAction.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : DossierStatus.valueOf(rs.getString(3)),
                        DossierStatus.valueOf(rs.getString(4)), rs.getInt(5), true))
                .optional();
        return outcome.filter(o -> o.code().equals(code) && o.action() == action)
                .orElseThrow(() -> new ActionRefusedException("dossier.system.keyReused", key));
    }
}
