package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a system's action did, read from the tracking sheet: every transition writes one line, so the last line
 * names the action and the status reached, the line before it the status left.
 */
class TransitionOutcomeTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 5, 9, 0);

    @Test
    void theLastLineAndTheStatusBeforeIt() {
        var outcome = TransitionOutcome.of(dossier(
                line(1, DossierAction.SUBMIT_ONLINE, DossierStatus.NEW),
                line(2, DossierAction.ACCEPT, DossierStatus.RECEIVED),
                line(3, DossierAction.COMPLETE_STEP, DossierStatus.PROCESSING),
                line(4, DossierAction.REQUIRE_PAYMENT, DossierStatus.FINANCIAL_OBLIGATION),
                line(5, DossierAction.RECORD_PAYMENT, DossierStatus.PROCESSING)));
        assertThat(outcome).isEqualTo(new TransitionOutcome("000.00.12.H56-260302-0007", DossierAction.RECORD_PAYMENT,
                DossierStatus.FINANCIAL_OBLIGATION, DossierStatus.PROCESSING, 5, false));
    }

    @Test
    void theFirstTransitionCameFromNoStatus() {
        var outcome = TransitionOutcome.of(dossier(line(1, DossierAction.RECEIVE_AT_COUNTER, DossierStatus.RECEIVED)));
        assertThat(outcome).isEqualTo(new TransitionOutcome("000.00.12.H56-260302-0007",
                DossierAction.RECEIVE_AT_COUNTER, null, DossierStatus.RECEIVED, 1, false));
    }

    @Test
    void theSecondTransitionCameFromTheFirstsStatus() {
        var outcome = TransitionOutcome.of(dossier(line(1, DossierAction.SUBMIT_ONLINE, DossierStatus.NEW),
                line(2, DossierAction.REFUSE, DossierStatus.REFUSED)));
        assertThat(outcome.from()).isEqualTo(DossierStatus.NEW);
        assertThat(outcome.to()).isEqualTo(DossierStatus.REFUSED);
    }

    private static TrackingEntry line(int seq, DossierAction action, DossierStatus after) {
        return new TrackingEntry(seq, action, after, null, "lan.nt", "Nguyễn Thị Lan", "000.00.12.H56", null, null,
                AT.plusHours(seq), null, null, null);
    }

    private static DossierView dossier(TrackingEntry... tracking) {
        return new DossierView("000.00.12.H56-260302-0007", 3, "1.001193", 1, "Cấp giấy phép", Channel.COUNTER,
                tracking[tracking.length - 1].statusAfter(), null, "000.00.12.H56", "000.00.31.H56", null, null, null,
                null, ReturnMethod.COUNTER, null, null, AT, null, null, null, null, null, null, null, null, 0, 0,
                List.of(), List.of(), List.of(), null, List.of(tracking));
    }
}
