package vn.motcua.payment;

import static vn.motcua.payment.PaymentState.*;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The payment attempt's one transition table (GOV.UK Pay's idea of a payment's life, written for the
 * national platform): a row says what moves an attempt from one state to the next. What is not in the
 * table does not happen; an answer that would go backwards (a late "pending" after a success) is ignored.
 */
public final class PaymentStateMachine {

    /** What moves an attempt. */
    public enum Trigger {
        /** The platform took the order (INIT answered). */
        SUBMIT,
        /** The platform (callback or status query) or the officer at the counter says it was paid. */
        SUCCEED,
        /** The platform refused the order or the bank the payment. */
        FAIL,
        /** The payer cancelled on the platform's page. */
        CANCEL,
        /** The mop-up gave up: no outcome in time and the platform knows of no payment. */
        EXPIRE,
        /** An administrator recorded that an overpayment was given back. */
        REFUND
    }

    /** One row: {@code trigger} moves an attempt in {@code from} to {@code to}. */
    public record Row(PaymentState from, Trigger trigger, PaymentState to) {
    }

    private static final List<Row> TABLE = List.of(
            new Row(CREATED, Trigger.SUBMIT, SUBMITTED),
            // At the counter the officer sees the transfer or the card slip: paid at once.
            new Row(CREATED, Trigger.SUCCEED, SUCCEEDED),
            new Row(CREATED, Trigger.FAIL, FAILED),
            new Row(CREATED, Trigger.EXPIRE, EXPIRED),
            new Row(SUBMITTED, Trigger.SUCCEED, SUCCEEDED),
            new Row(SUBMITTED, Trigger.FAIL, FAILED),
            new Row(SUBMITTED, Trigger.CANCEL, CANCELLED),
            new Row(SUBMITTED, Trigger.EXPIRE, EXPIRED),
            // The platform's word comes after the mop-up gave up: the money was taken, so it is recorded.
            new Row(EXPIRED, Trigger.SUCCEED, SUCCEEDED),
            new Row(SUCCEEDED, Trigger.REFUND, REFUNDED));

    private PaymentStateMachine() {
    }

    public static List<Row> table() {
        return TABLE;
    }

    /** Where {@code trigger} takes an attempt in {@code from}; empty when the table has no such row. */
    public static Optional<PaymentState> next(PaymentState from, Trigger trigger) {
        return TABLE.stream().filter(r -> r.from() == from && r.trigger() == trigger).map(Row::to).findFirst();
    }

    /** The table as a Mermaid state diagram, for docs/payment-states.md. */
    public static String mermaid() {
        String rows = TABLE.stream().map(r -> "    %s --> %s : %s\n".formatted(r.from(), r.to(), r.trigger()))
                .collect(Collectors.joining());
        String ends = List.of(PaymentState.values()).stream()
                .filter(s -> TABLE.stream().noneMatch(r -> r.from() == s))
                .map(s -> "    %s --> [*]\n".formatted(s)).collect(Collectors.joining());
        return "stateDiagram-v2\n    [*] --> CREATED\n" + rows + ends;
    }
}
