package vn.motcua.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.payment.internal.reconciliation.Reconciler;
import vn.motcua.payment.internal.reconciliation.ReconciliationStore;

/**
 * Daily reconciliation (đối soát) of the province's online payments with the national payment platform's
 * settlement report: runs each morning for the day before, or when an administrator asks for a day. Every
 * difference is kept and listed until an administrator resolves it with a note; nothing resolves by
 * itself, not even when a later run no longer finds it.
 */
@Service
public class Reconciliations {

    private final Reconciler reconciler;
    private final ReconciliationStore store;

    Reconciliations(Reconciler reconciler, ReconciliationStore store) {
        this.reconciler = reconciler;
        this.store = store;
    }

    /**
     * Reconciles {@code day} now. Refused for a day not yet over; a report the platform does not give
     * fails with {@link SettlementUnavailableException}.
     *
     * @param by the administrator's username
     */
    public ReconciliationRun run(LocalDate day, String by) {
        return reconciler.run(day, by);
    }

    /** The differences, open ones first, the newest day first. */
    @Transactional(readOnly = true)
    public List<ReconciliationDifference> differences() {
        return store.differences();
    }

    /** The last runs, newest first. */
    @Transactional(readOnly = true)
    public List<ReconciliationRun> lastRuns(int count) {
        return store.lastRuns(count);
    }

    @Transactional(readOnly = true)
    public Optional<ReconciliationDifference> find(long id) {
        return store.find(id);
    }

    /**
     * Resolves an open difference: who, when and the note are kept. Refused without a note, or for a
     * difference already resolved.
     */
    @Transactional
    public ReconciliationDifference resolve(long id, String administrator, String note) {
        return reconciler.resolve(id, administrator, note);
    }
}
