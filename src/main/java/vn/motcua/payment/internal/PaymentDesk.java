package vn.motcua.payment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierView;
import vn.motcua.payment.CollectionAccount;
import vn.motcua.payment.Fee;
import vn.motcua.payment.PaymentChannel;
import vn.motcua.payment.PaymentState;
import vn.motcua.payment.PaymentStateMachine.Trigger;
import vn.motcua.payment.PaymentView;
import vn.motcua.platform.UserInputException;

/**
 * The payment module's work behind {@link vn.motcua.payment.Payments}: which account a dossier's fees go to,
 * attempts at the counter, and what is paid and owed. The callers hold the transaction.
 */
@Component
public class PaymentDesk {

    private final PaymentLedger ledger;
    private final AttemptStore store;
    private final CollectionAccountStore accounts;

    PaymentDesk(PaymentLedger ledger, AttemptStore store, CollectionAccountStore accounts) {
        this.ledger = ledger;
        this.store = store;
        this.accounts = accounts;
    }

    /** A succeeded counter attempt for all the dossier owes. */
    public PaymentView counter(DossierView dossier, PaymentChannel channel, String bankReference, String officer) {
        PaymentView attempt = ledger.create(dossier.code(), channel, accountOf(dossier), officer, bankReference,
                dossier.applicant().name());
        ledger.apply(attempt.reference(), Trigger.SUCCEED, PaymentLedger.Payer.UNKNOWN);
        return ledger.view(attempt.reference());
    }

    /** The account of the unit that collects the dossier's fees: the competent unit, else the receiving one. */
    public CollectionAccount accountOf(DossierView dossier) {
        String unit = dossier.competentUnit() != null ? dossier.competentUnit() : dossier.receivingUnit();
        return accounts.find(unit).orElseThrow(() -> new UserInputException("dossier", "payment.account.missing", unit));
    }

    public List<PaymentView> succeededBetween(Instant from, Instant to) {
        return store.settledBetween(from, to, List.of(PaymentState.SUCCEEDED, PaymentState.REFUNDED));
    }

    public List<PaymentView> ofDossier(String dossierCode) {
        return store.ofDossier(dossierCode);
    }

    public Optional<PaymentView> find(String reference) {
        return store.find(reference).map(AttemptStore.Stored::view);
    }

    public long outstandingVnd(String dossierCode) {
        return Fee.total(store.unpaid(dossierCode).stream().map(AttemptStore.Unpaid::fee).toList());
    }

    public PaymentView refund(String reference, String note) {
        return ledger.refund(reference, note);
    }

    /** The successes flagged for refund, oldest first. */
    public List<PaymentView> refundsDue() {
        return store.refundsDue();
    }

    public boolean paidOnline(String dossierCode) {
        return store.paidThrough(dossierCode, PaymentChannel.NATIONAL_PLATFORM);
    }
}
