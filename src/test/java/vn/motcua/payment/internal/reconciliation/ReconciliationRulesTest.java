package vn.motcua.payment.internal.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.payment.DifferenceKind.ACCOUNT_MISMATCH;
import static vn.motcua.payment.DifferenceKind.AMOUNT_MISMATCH;
import static vn.motcua.payment.DifferenceKind.MISSING_ON_OUR_SIDE;
import static vn.motcua.payment.DifferenceKind.MISSING_ON_PLATFORM;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationRulesTest {

    private static Transaction paid(String reference, long amount, String account, String bank) {
        return new Transaction(reference, "HS-" + reference, amount, account, bank);
    }

    private static Transaction paid(String reference, long amount) {
        return paid(reference, amount, "1140001", "970415");
    }

    @Test
    void sameDaysOnBothSidesHaveNoDifference() {
        List<Transaction> day = List.of(paid("R1", 50_000), paid("R2", 120_000));
        assertThat(ReconciliationRules.compare(day, day.reversed())).isEmpty();
    }

    @Test
    void oursWithoutTheirsIsMissingOnThePlatform() {
        assertThat(ReconciliationRules.compare(List.of(paid("R1", 50_000), paid("R2", 10_000)),
                List.of(paid("R1", 50_000))))
                .containsExactly(new Difference(MISSING_ON_PLATFORM, "R2", paid("R2", 10_000), null));
    }

    @Test
    void theirsWithoutOursIsMissingOnOurSide() {
        assertThat(ReconciliationRules.compare(List.of(), List.of(paid("R9", 70_000))))
                .containsExactly(new Difference(MISSING_ON_OUR_SIDE, "R9", null, paid("R9", 70_000)));
    }

    @Test
    void aSecondSettlementOfOnePaymentIsMissingOnOurSide() {
        assertThat(ReconciliationRules.compare(List.of(paid("R1", 50_000)),
                List.of(paid("R1", 50_000), paid("R1", 50_000))))
                .containsExactly(new Difference(MISSING_ON_OUR_SIDE, "R1", null, paid("R1", 50_000)));
    }

    @Test
    void anotherAmountIsAnAmountMismatch() {
        assertThat(ReconciliationRules.compare(List.of(paid("R1", 50_000)), List.of(paid("R1", 5_000))))
                .containsExactly(new Difference(AMOUNT_MISMATCH, "R1", paid("R1", 50_000), paid("R1", 5_000)));
    }

    @Test
    void anotherAccountOrBankIsAnAccountMismatch() {
        Transaction ours = paid("R1", 50_000, "1140001", "970415");
        Transaction otherAccount = paid("R1", 50_000, "1140002", "970415");
        Transaction otherBank = paid("R1", 50_000, "1140001", "970436");
        assertThat(ReconciliationRules.compare(List.of(ours), List.of(otherAccount)))
                .containsExactly(new Difference(ACCOUNT_MISMATCH, "R1", ours, otherAccount));
        assertThat(ReconciliationRules.compare(List.of(ours), List.of(otherBank)))
                .containsExactly(new Difference(ACCOUNT_MISMATCH, "R1", ours, otherBank));
    }

    @Test
    void aPairCanDisagreeOnAmountAndAccountAtOnce() {
        Transaction ours = paid("R1", 50_000, "1140001", "970415");
        Transaction theirs = paid("R1", 40_000, "9990001", "970415");
        assertThat(ReconciliationRules.compare(List.of(ours), List.of(theirs))).containsExactly(
                new Difference(AMOUNT_MISMATCH, "R1", ours, theirs),
                new Difference(ACCOUNT_MISMATCH, "R1", ours, theirs));
    }

    @Test
    void differencesComeInTheOrderOfTheirReferences() {
        assertThat(ReconciliationRules.compare(List.of(paid("R3", 1), paid("R1", 1)), List.of(paid("R2", 1))))
                .extracting(Difference::reference, Difference::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("R1", MISSING_ON_PLATFORM),
                        org.assertj.core.groups.Tuple.tuple("R2", MISSING_ON_OUR_SIDE),
                        org.assertj.core.groups.Tuple.tuple("R3", MISSING_ON_PLATFORM));
    }
}
