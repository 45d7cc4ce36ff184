package vn.motcua.payment.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.payment.CollectionAccount;
import vn.motcua.payment.Fee;
import vn.motcua.payment.PaymentChannel;
import vn.motcua.payment.PaymentOverpaid;
import vn.motcua.payment.PaymentState;
import vn.motcua.payment.PaymentStateMachine;
import vn.motcua.payment.PaymentStateMachine.Trigger;
import vn.motcua.payment.PaymentSucceeded;
import vn.motcua.payment.PaymentView;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;

/**
 * Creates payment attempts and moves them through {@link PaymentStateMachine}'s table, one message at a time
 * per attempt (its row is locked). A success marks the fees it pays; fees another success already paid are
 * an overpayment, flagged for refund: the first success publishes {@link PaymentSucceeded}, a later one
 * {@link PaymentOverpaid} and nothing else.
 */
@Component
class PaymentLedger {

    /** What applying a trigger did. */
    enum Applied {
        /** The attempt moved. */
        MOVED,
        /** The attempt was already where the trigger leads: a repeat, nothing changed. */
        ALREADY,
        /** The table has no such move from where the attempt stands: nothing changed. */
        REFUSED
    }

    /** What the platform or the officer said about who paid; any part may be null. */
    record Payer(String name, String bank, String transaction) {
        static final Payer UNKNOWN = new Payer(null, null, null);
    }

    private final AttemptStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentLedger(AttemptStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** A new attempt for every fee of the dossier not paid yet, to the given account. */
    @Transactional(propagation = Propagation.MANDATORY)
    PaymentView create(String dossierCode, PaymentChannel channel, CollectionAccount account, String createdBy,
            String bankReference, String payerName) {
        List<AttemptStore.Unpaid> unpaid = store.unpaid(dossierCode);
        if (unpaid.isEmpty()) {
            throw new UserInputException("dossier", "payment.nothingDue", dossierCode);
        }
        String reference = store.nextReference();
        long amount = Fee.total(unpaid.stream().map(AttemptStore.Unpaid::fee).toList());
        store.insert(new AttemptStore.NewAttempt(reference, dossierCode, account.unitCode(), channel, amount,
                unpaid.stream().map(AttemptStore.Unpaid::position).toList(), account.accountNumber(),
                account.bankCode(), createdBy, bankReference, payerName), clock.instant());
        return view(reference);
    }

    PaymentView view(String reference) {
        return store.find(reference).orElseThrow(() -> new NotFoundException("payment.notFound", reference)).view();
    }

    /** Moves the attempt by {@code trigger} if the table allows it, recording what is known of the payer. */
    @Transactional(propagation = Propagation.MANDATORY)
    Applied apply(String reference, Trigger trigger, Payer payer) {
        AttemptStore.Stored stored = store.lock(reference)
                .orElseThrow(() -> new NotFoundException("payment.notFound", reference));
        PaymentState from = stored.view().state();
        PaymentState to = PaymentStateMachine.next(from, trigger).orElse(null);
        if (to == null) {
            return from == leadsTo(trigger) ? Applied.ALREADY : Applied.REFUSED;
        }
        Instant now = clock.instant();
        store.moved(reference, to, now);
        store.payer(reference, payer.name(), payer.bank(), payer.transaction());
        if (to == PaymentState.SUCCEEDED) {
            succeeded(stored, now);
        }
        return Applied.MOVED;
    }

    /**
     * Records that an overpayment was given back, with the administrator's note (bank transfer reference…).
     * Refused unless the attempt is a success flagged for refund.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    PaymentView refund(String reference, String note) {
        AttemptStore.Stored stored = store.lock(reference)
                .orElseThrow(() -> new NotFoundException("payment.notFound", reference));
        if (!stored.view().refundDue()) {
            throw new UserInputException("reference", "payment.refund.notDue", reference);
        }
        apply(reference, Trigger.REFUND, Payer.UNKNOWN);
        store.refundNote(reference, note);
        return view(reference);
    }

    /** Notes why a message about the attempt was refused; the attempt itself does not move. */
    @Transactional(propagation = Propagation.MANDATORY)
    void problem(String reference, String problem) {
        store.problem(reference, problem);
    }

    private void succeeded(AttemptStore.Stored stored, Instant now) {
        PaymentView attempt = stored.view();
        List<Integer> paidNow = store.markPaid(attempt.dossierCode(), stored.positions(), attempt.reference());
        PaymentView after = view(attempt.reference());
        long paidVnd = Fee.total(feesAt(stored, paidNow));
        long overpaid = attempt.amountVnd() - paidVnd;
        if (overpaid > 0) {
            store.overpaid(attempt.reference(), overpaid);
            events.publishEvent(new PaymentOverpaid(attempt.reference(), attempt.dossierCode(), attempt.unitCode(),
                    attempt.amountVnd(), overpaid, attempt.channel(), now));
        }
        if (!paidNow.isEmpty()) {
            events.publishEvent(new PaymentSucceeded(attempt.reference(), attempt.dossierCode(), attempt.unitCode(),
                    attempt.amountVnd(), attempt.fees(), attempt.channel(), attempt.accountNumber(),
                    attempt.bankCode(), after.payerName(), now));
        }
    }

    private static List<Fee> feesAt(AttemptStore.Stored stored, List<Integer> positions) {
        List<Integer> all = stored.positions();
        return positions.stream().map(p -> stored.view().fees().get(all.indexOf(p))).toList();
    }

    private static PaymentState leadsTo(Trigger trigger) {
        return switch (trigger) {
            case SUBMIT -> PaymentState.SUBMITTED;
            case SUCCEED -> PaymentState.SUCCEEDED;
            case FAIL -> PaymentState.FAILED;
            case CANCEL -> PaymentState.CANCELLED;
            case EXPIRE -> PaymentState.EXPIRED;
            case REFUND -> PaymentState.REFUNDED;
        };
    }
}
