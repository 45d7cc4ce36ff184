package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.motcua.dossier.internal.HandlerFixtures.*;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.TrackingEntry;

/**
 * Trả lại bước trước: the holder sends the dossier back to an earlier step of the internal process —
 * never to reception's step 1 — with the reason; every step from there on is to be done again.
 */
class SendBackHandlerTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 6, 14, 0);

    private final SendBackHandler handler = new SendBackHandler();

    @Test
    void takesSendingBack() {
        assertThat(handler.actions()).containsExactly(DossierAction.SEND_BACK);
        assertThat(handler.commandType()).isEqualTo(DossierCommand.SendBack.class);
    }

    /** Step 1 is reception's and step 2 the first of the process: there is nothing to send back to. */
    @ParameterizedTest(name = "at step {0}")
    @ValueSource(ints = {1, 2})
    void nothingBeforeStepThree(int position) {
        Dossier d = atStep(position);
        refused(() -> handler.check(checking(d, HOLDERS[position - 1], DossierAction.SEND_BACK, NOW)),
                "dossier.sendBack.nothingBefore");
    }

    @ParameterizedTest(name = "at step {0}")
    @ValueSource(ints = {3, 4, 5})
    void theHolderSendsBackFromStepThreeOn(int position) {
        Dossier d = atStep(position);
        assertThatCode(() -> handler.check(checking(d, HOLDERS[position - 1], DossierAction.SEND_BACK, NOW)))
                .doesNotThrowAnyException();
    }

    @Test
    void onlyTheHolder() {
        refused(() -> handler.check(checking(atStep(3), SPECIALIST, DossierAction.SEND_BACK, NOW)),
                "dossier.step.otherRole");
    }

    @ParameterizedTest(name = "reason \"{0}\"")
    @ValueSource(strings = {"", "   "})
    void theReasonIsRequired(String reason) {
        Dossier d = atStep(3);
        invalid(() -> handler.apply(applying(d, LEADER, DossierAction.SEND_BACK, DossierStatus.PROCESSING, NOW),
                new DossierCommand.SendBack(2, reason)), "reason", "dossier.reason.required");
        assertThat(d.tracking).isEmpty();
    }

    /** From step 4 the dossier may go back to step 2 or 3: not to reception, not to itself, not forward. */
    @ParameterizedTest(name = "to step {0}")
    @ValueSource(ints = {-1, 0, 1, 4, 5})
    void theStepMustComeAfterReceptionAndBeforeTheCurrentOne(int toStep) {
        Dossier d = atStep(4);
        var problem = invalid(() -> handler.apply(applying(d, CLERK, DossierAction.SEND_BACK,
                DossierStatus.PROCESSING, NOW), new DossierCommand.SendBack(toStep, "Sai số văn bản")),
                "toStep", "dossier.sendBack.step");
        assertThat(problem.arguments()).containsExactly(3);
        assertThat(d.currentStep).isEqualTo(4);
        assertThat(d.tracking).isEmpty();
    }

    @ParameterizedTest(name = "to step {0}")
    @CsvSource({"2, 000.00.31.H56", "3, 000.00.31.H56"})
    void theDossierGoesBackToTheStepChosen(int toStep, String unit) {
        Dossier d = atStep(4);
        d.currentAssignee = CLERK.username();
        handler.apply(applying(d, CLERK, DossierAction.SEND_BACK, DossierStatus.PROCESSING, NOW),
                new DossierCommand.SendBack(toStep, "Sai số văn bản"));
        assertThat(d.currentStep).isEqualTo(toStep);
        assertThat(d.currentUnit).isEqualTo(unit);
        assertThat(d.currentAssignee).isNull();
        assertThat(d.currentDeadline).isEqualTo(DEADLINES[toStep - 1]);
        assertThat(d.steps.get(toStep - 1).startedAt()).isEqualTo(NOW);
    }

    @Test
    void theStepsFromThereOnAreOpenAgainAndThoseBeforeStayDone() {
        Dossier d = atStep(4);
        handler.apply(applying(d, CLERK, DossierAction.SEND_BACK, DossierStatus.PROCESSING, NOW),
                new DossierCommand.SendBack(2, "Thiếu chữ ký"));

        assertThat(d.steps.get(0).completedAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 16, 0));
        assertThat(d.steps.get(1).completedAt()).isNull();
        assertThat(d.steps.get(2).completedAt()).isNull();
        assertThat(d.steps.get(2).startedAt()).isEqualTo(LocalDateTime.of(2026, 3, 6, 7, 0));
        assertThat(d.steps.get(3).completedAt()).isNull();
        assertThat(d.steps.get(3).startedAt()).isEqualTo(LocalDateTime.of(2026, 3, 7, 7, 0));
        assertThat(d.steps.get(4)).isEqualTo(step(5, null, null));
    }

    @Test
    void theTrackingSheetRecordsTheStepLeftAndTheReason() {
        Dossier d = atStep(3);
        var command = new DossierCommand.SendBack(2, " Thiếu ý kiến thẩm định ");
        var applied = handler.apply(applying(d, LEADER, DossierAction.SEND_BACK, DossierStatus.PROCESSING, NOW),
                command);
        assertThat(applied).isSameAs(command);
        assertThat(d.tracking).containsExactly(new TrackingEntry(1, DossierAction.SEND_BACK,
                DossierStatus.PROCESSING, "Phê duyệt", "minh.tq", "Trần Quang Minh", COMPETENT, null, COMPETENT, NOW,
                LocalDateTime.of(2026, 3, 6, 15, 0), null, "Thiếu ý kiến thẩm định"));
    }
}
