package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.motcua.dossier.internal.HandlerFixtures.*;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.TrackingEntry;

/**
 * Trả kết quả (DOMAIN.md §4, "Return"): reception, holding the last step, hands the result over at the counter,
 * by post to the applicant's address or electronically; the last step ends early, on time or late against its
 * deadline (the appointment) and the dossier leaves its process.
 */
class ReturnResultHandlerTest {

    /** The last step (the appointment) is due 10 March at 17:00. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 9, 30);

    private final ReturnResultHandler handler = new ReturnResultHandler();

    @Test
    void takesTheReturn() {
        assertThat(handler.actions()).containsExactly(DossierAction.RETURN_RESULT);
        assertThat(handler.commandType()).isEqualTo(DossierCommand.ReturnResult.class);
    }

    @Test
    void receptionHoldingTheLastStepReturns() {
        Dossier d = atStep(5);
        assertThatCode(() -> handler.check(checking(d, RECEPTIONIST, DossierAction.RETURN_RESULT, NOW)))
                .doesNotThrowAnyException();
        refused(() -> handler.check(checking(d, CLERK, DossierAction.RETURN_RESULT, NOW)), "dossier.unit.notYours");
        d.currentAssignee = "binh.tt";
        refused(() -> handler.check(checking(d, RECEPTIONIST, DossierAction.RETURN_RESULT, NOW)),
                "dossier.step.assignedToOther");
    }

    @ParameterizedTest(name = "address \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "  "})
    void byPostNeedsTheAddress(String address) {
        Dossier d = atStep(5);
        d.returnAddress = address;
        invalid(() -> handler.apply(applying(d, RECEPTIONIST, DossierAction.RETURN_RESULT, DossierStatus.RETURNED, NOW),
                new DossierCommand.ReturnResult(ReturnMethod.POST, null)), "method", "dossier.return.addressMissing");
        assertThat(d.returnedAt).isNull();
        assertThat(d.tracking).isEmpty();
    }

    @Test
    void byPostAsChosenAtSubmissionNeedsTheAddressToo() {
        Dossier d = atStep(5);
        d.returnMethod = ReturnMethod.POST;
        invalid(() -> handler.apply(applying(d, RECEPTIONIST, DossierAction.RETURN_RESULT, DossierStatus.RETURNED, NOW),
                new DossierCommand.ReturnResult(null, null)), "method", "dossier.return.addressMissing");
    }

    @ParameterizedTest(name = "chosen {0}, asked {1}: {2}")
    @CsvSource({
        "COUNTER, , COUNTER",
        "POST, , POST",
        "COUNTER, POST, POST",
        "POST, ELECTRONIC, ELECTRONIC",
        "ELECTRONIC, COUNTER, COUNTER",
    })
    void theMethodChosenIsKeptUnlessChangedAtReturn(ReturnMethod chosen, ReturnMethod asked, ReturnMethod used) {
        Dossier d = atStep(5);
        d.returnMethod = chosen;
        d.returnAddress = "12 Lê Lợi, phường Thạch Thang";
        handler.apply(applying(d, RECEPTIONIST, DossierAction.RETURN_RESULT, DossierStatus.RETURNED, NOW),
                new DossierCommand.ReturnResult(asked, null));
        assertThat(d.returnMethod).isEqualTo(used);
    }

    @Test
    void theLastStepEndsAndTheDossierLeavesItsProcess() {
        Dossier d = atStep(5);
        LocalDateTime finished = LocalDateTime.of(2026, 3, 9, 14, 0);
        d.finishedAt = finished;
        d.currentAssignee = RECEPTIONIST.username();
        var command = new DossierCommand.ReturnResult(ReturnMethod.COUNTER, " Trả tại quầy số 3 ");

        var applied = handler.apply(applying(d, RECEPTIONIST, DossierAction.RETURN_RESULT, DossierStatus.RETURNED,
                NOW), command);

        assertThat(applied).isSameAs(command);
        assertThat(d.returnedAt).isEqualTo(NOW);
        assertThat(d.finishedAt).isEqualTo(finished);
        assertThat(d.steps.get(4).completedAt()).isEqualTo(NOW);
        assertThat(d.currentStep).isNull();
        assertThat(d.currentUnit).isNull();
        assertThat(d.currentAssignee).isNull();
        assertThat(d.currentDeadline).isNull();
        assertThat(d.tracking).containsExactly(new TrackingEntry(1, DossierAction.RETURN_RESULT,
                DossierStatus.RETURNED, "Trả kết quả", "lan.nt", "Nguyễn Thị Lan", RECEIVING, null, null, NOW,
                LocalDateTime.of(2026, 3, 10, 17, 0), TrackingEntry.Outcome.ON_TIME, "Trả tại quầy số 3"));
    }

    @ParameterizedTest(name = "returned {0}: {1}")
    @CsvSource({
        "2026-03-09T16:00, EARLY",
        "2026-03-10T17:00, ON_TIME",
        "2026-03-10T17:01, LATE",
    })
    void theReturnIsEarlyOnTimeOrLateAgainstTheAppointment(LocalDateTime at, TrackingEntry.Outcome outcome) {
        Dossier d = atStep(5);
        handler.apply(applying(d, RECEPTIONIST, DossierAction.RETURN_RESULT, DossierStatus.RETURNED, at),
                new DossierCommand.ReturnResult(null, null));
        assertThat(d.tracking.getLast().outcome()).isEqualTo(outcome);
    }
}
