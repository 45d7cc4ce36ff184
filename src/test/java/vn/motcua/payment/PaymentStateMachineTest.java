package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.payment.PaymentState.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.motcua.payment.PaymentStateMachine.Trigger;

/** The attempt's table as the issue reads (created → submitted → an outcome, plus refunded), and its diagram. */
class PaymentStateMachineTest {

    private static final List<String> EXPECTED = List.of(
            "CREATED SUBMIT SUBMITTED",
            "CREATED SUCCEED SUCCEEDED",
            "CREATED FAIL FAILED",
            "CREATED EXPIRE EXPIRED",
            "SUBMITTED SUCCEED SUCCEEDED",
            "SUBMITTED FAIL FAILED",
            "SUBMITTED CANCEL CANCELLED",
            "SUBMITTED EXPIRE EXPIRED",
            "EXPIRED SUCCEED SUCCEEDED",
            "SUCCEEDED REFUND REFUNDED");

    @Test
    void theTableIsWrittenOutRowForRow() {
        assertThat(PaymentStateMachine.table()).extracting(r -> r.from() + " " + r.trigger() + " " + r.to())
                .containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void eachStateAndTriggerIsDefinedOnceAndEveryStateIsReached() {
        Set<String> pairs = new HashSet<>();
        PaymentStateMachine.table().forEach(r -> assertThat(pairs.add(r.from() + " " + r.trigger())).isTrue());
        Set<PaymentState> reached = new HashSet<>(List.of(CREATED));
        PaymentStateMachine.table().forEach(r -> reached.add(r.to()));
        assertThat(reached).containsExactlyInAnyOrder(PaymentState.values());
    }

    @Test
    void aSuccessIsNeverUndoneAndAFailureNeverTurnsIntoASuccess() {
        for (Trigger trigger : List.of(Trigger.SUBMIT, Trigger.FAIL, Trigger.CANCEL, Trigger.EXPIRE, Trigger.SUCCEED)) {
            assertThat(PaymentStateMachine.next(SUCCEEDED, trigger)).isEmpty();
        }
        assertThat(PaymentStateMachine.next(FAILED, Trigger.SUCCEED)).isEmpty();
        assertThat(PaymentStateMachine.next(CANCELLED, Trigger.SUCCEED)).isEmpty();
        assertThat(PaymentStateMachine.next(SUBMITTED, Trigger.REFUND)).isEmpty();
        assertThat(PaymentStateMachine.next(EXPIRED, Trigger.SUCCEED)).contains(SUCCEEDED);
    }

    @Test
    void onlyCreatedAndSubmittedWaitForAnOutcome() {
        assertThat(List.of(PaymentState.values()).stream().filter(s -> !s.settled()))
                .containsExactly(CREATED, SUBMITTED);
    }

    @Test
    void theDiagramDrawsEachRowAndTheEnds() {
        assertThat(PaymentStateMachine.mermaid()).startsWith("stateDiagram-v2\n    [*] --> CREATED\n").contains(
                "    SUBMITTED --> CANCELLED : CANCEL\n", "    EXPIRED --> SUCCEEDED : SUCCEED\n",
                "    REFUNDED --> [*]\n", "    FAILED --> [*]\n", "    CANCELLED --> [*]\n")
                .doesNotContain("SUCCEEDED --> [*]", "EXPIRED --> [*]");
    }

    /** docs/payment-states.md is drawn from the table: a changed table rewrites it and fails once. */
    @Test
    @Tag("writes-docs")
    void theDiagramInTheDocsIsDrawnFromTheTable() throws IOException {
        Path doc = Path.of("docs", "payment-states.md");
        String expected = """
                # The payment attempt's states

                Generated from `PaymentStateMachine` by `PaymentStateMachineTest`; do not edit by hand.
                An attempt is one order to the national payment platform (or one payment taken at the counter),
                with its own reference (MaThamChieu). A message that the table does not allow changes nothing: a
                repeated result is answered as the first was, a stale "pending" after the result is ignored, a
                result contradicting the recorded one is refused. A dossier's fee is paid by the first success;
                a later success for it stays SUCCEEDED with its amount flagged for refund (`PaymentOverpaid`),
                and REFUND records that it was given back. See [payment-platform.md](payment-platform.md).

                ```mermaid
                %s```
                """.formatted(PaymentStateMachine.mermaid());
        String actual = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        if (!actual.equals(expected)) {
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("docs/payment-states.md was stale and has been regenerated: commit it")
                .isEqualTo(expected);
    }
}
