package vn.motcua.dossier;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A participant for the tests: inert until armed for one dossier and action; then it writes a row of its
 * own (to show that a refusal rolls back what participants wrote too), remembers what it was shown, and
 * refuses with a reason.
 */
@Component
@Profile("test") // the tests' own: not in a benchmark, which starts the application with test classes
public class RefusingParticipant implements TransitionParticipant {

    static final String MARK = "refusing-participant";

    private final JdbcClient jdbc;
    private final AtomicReference<String> armedFor = new AtomicReference<>();
    private final AtomicReference<DossierAction> armedAction = new AtomicReference<>();
    private final AtomicReference<PendingTransition> seen = new AtomicReference<>();

    RefusingParticipant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void arm(String code, DossierAction action) {
        seen.set(null);
        armedAction.set(action);
        armedFor.set(code);
    }

    void disarm() {
        armedFor.set(null);
        seen.set(null);
    }

    PendingTransition seen() {
        return seen.get();
    }

    @Override
    public void takePart(PendingTransition transition) {
        if (!transition.code().equals(armedFor.get()) || transition.action() != armedAction.get()) {
            return;
        }
        seen.set(transition);
        jdbc.sql("""
                insert into dossier_system_action (system_name, idempotency_key, dossier_code, action, recorded_at)
                values (?, ?, ?, ?, now())""").params(MARK, transition.code(), transition.code(),
                transition.action().name()).update();
        throw new ActionRefusedException("dossier.action.notNow", transition.action().name(), transition.to().name());
    }
}
