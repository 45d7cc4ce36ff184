package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.motcua.dossier.internal.HandlerFixtures.*;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.TrackingEntry;

/**
 * Hoàn thành bước and hoàn thành (DOMAIN.md §4): the holder of a step hands the dossier to the next step,
 * the hand-over to the last step (its return) being "the result is ready"; the tracking sheet records the
 * hand-over with the step's deadline and whether it finished early, on time or late.
 */
class StepHandOverTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 4, 9, 40);

    private final CompleteStepHandler complete = new CompleteStepHandler();
    /** A paper result names no file, so the stored files are never asked for one. */
    private final MarkDoneHandler markDone = new MarkDoneHandler(new StoredFiles(null, null));

    @Test
    void eachHandlerTakesItsOwnAction() {
        assertThat(complete.actions()).containsExactly(DossierAction.COMPLETE_STEP);
        assertThat(complete.commandType()).isEqualTo(DossierCommand.CompleteStep.class);
        assertThat(markDone.actions()).containsExactly(DossierAction.MARK_DONE);
        assertThat(markDone.commandType()).isEqualTo(DossierCommand.MarkDone.class);
    }

    @ParameterizedTest(name = "completing step {0} of 5")
    @ValueSource(ints = {1, 2, 3})
    void aStepBeforeTheLastButOneIsCompleted(int position) {
        Dossier d = atStep(position);
        assertThatCode(() -> complete.check(checking(d, HOLDERS[position - 1], DossierAction.COMPLETE_STEP, NOW)))
                .doesNotThrowAnyException();
        refused(() -> markDone.check(checking(d, HOLDERS[position - 1], DossierAction.MARK_DONE, NOW)),
                "dossier.markDone.notYet");
    }

    @Test
    void theHandOverToTheLastStepIsMarkingDoneNeverCompleting() {
        Dossier d = atStep(4);
        refused(() -> complete.check(checking(d, CLERK, DossierAction.COMPLETE_STEP, NOW)),
                "dossier.complete.useMarkDone");
        assertThatCode(() -> markDone.check(checking(d, CLERK, DossierAction.MARK_DONE, NOW)))
                .doesNotThrowAnyException();
    }

    @Test
    void onlyTheStepsHolderHandsItOver() {
        Dossier d = atStep(3);
        refused(() -> complete.check(checking(d, SPECIALIST, DossierAction.COMPLETE_STEP, NOW)),
                "dossier.step.otherRole");
        Dossier last = atStep(4);
        refused(() -> markDone.check(checking(last, RECEPTIONIST, DossierAction.MARK_DONE, NOW)),
                "dossier.unit.notYours");
    }

    @Test
    void completingFinishesTheStepAndStartsTheNextUnassigned() {
        Dossier d = atStep(2);
        d.currentAssignee = SPECIALIST.username();

        complete.apply(applying(d, SPECIALIST, DossierAction.COMPLETE_STEP, DossierStatus.PROCESSING, NOW),
                new DossierCommand.CompleteStep("  Hồ sơ đủ điều kiện  "));

        assertThat(d.steps.get(1).completedAt()).isEqualTo(NOW);
        assertThat(d.steps.get(1).startedAt()).isEqualTo(LocalDateTime.of(2026, 3, 3, 7, 0));
        assertThat(d.steps.get(2).startedAt()).isEqualTo(NOW);
        assertThat(d.steps.get(2).completedAt()).isNull();
        assertThat(d.currentStep).isEqualTo(3);
        assertThat(d.currentUnit).isEqualTo(COMPETENT);
        assertThat(d.currentAssignee).isNull();
        assertThat(d.currentDeadline).isEqualTo(LocalDateTime.of(2026, 3, 6, 15, 0));
        assertThat(d.finishedAt).isNull();
        assertThat(d.tracking).containsExactly(new TrackingEntry(1, DossierAction.COMPLETE_STEP,
                DossierStatus.PROCESSING, "Thẩm định", "hung.pv", "Phạm Văn Hùng", COMPETENT, null, COMPETENT, NOW,
                LocalDateTime.of(2026, 3, 5, 10, 0), TrackingEntry.Outcome.EARLY, "Hồ sơ đủ điều kiện"));
    }

    @Test
    void receptionHandsTheNewlyReceivedDossierToTheCompetentUnit() {
        Dossier d = atStep(1);
        LocalDateTime sameDay = LocalDateTime.of(2026, 3, 2, 10, 0);

        complete.apply(applying(d, RECEPTIONIST, DossierAction.COMPLETE_STEP, DossierStatus.PROCESSING, sameDay),
                new DossierCommand.CompleteStep(null));

        assertThat(d.currentUnit).isEqualTo(COMPETENT);
        assertThat(d.tracking.getLast().toUnit()).isEqualTo(COMPETENT);
        assertThat(d.tracking.getLast().outcome()).isEqualTo(TrackingEntry.Outcome.ON_TIME);
        assertThat(d.tracking.getLast().note()).isNull();
    }

    /** Step 2 is due 5 March at 10:00: before that day is early, that day up to 10:00 on time, after it late. */
    @ParameterizedTest(name = "finished {0}: {1}")
    @CsvSource({
        "2026-03-04T16:59, EARLY",
        "2026-03-05T07:00, ON_TIME",
        "2026-03-05T10:00, ON_TIME",
        "2026-03-05T10:01, LATE",
        "2026-03-06T08:00, LATE",
    })
    void theHandOverRecordsHowTheStepFinishedAgainstItsDeadline(LocalDateTime finished,
            TrackingEntry.Outcome outcome) {
        Dossier d = atStep(2);
        complete.apply(applying(d, SPECIALIST, DossierAction.COMPLETE_STEP, DossierStatus.PROCESSING, finished),
                new DossierCommand.CompleteStep("xong"));
        assertThat(d.tracking.getLast().outcome()).isEqualTo(outcome);
        assertThat(d.tracking.getLast().stepDeadline()).isEqualTo(LocalDateTime.of(2026, 3, 5, 10, 0));
    }

    @Test
    void markingDoneEndsTheHandlingAndHandsTheResultToReception() {
        Dossier d = atStep(4);
        LocalDateTime late = LocalDateTime.of(2026, 3, 9, 14, 0);

        var applied = markDone.apply(applying(d, CLERK, DossierAction.MARK_DONE, DossierStatus.DONE, late),
                new DossierCommand.MarkDone("Đã đóng dấu"));

        assertThat(applied).isEqualTo(new DossierCommand.MarkDone("Đã đóng dấu", List.of()));
        assertThat(d.finishedAt).isEqualTo(late);
        assertThat(d.steps.get(3).completedAt()).isEqualTo(late);
        assertThat(d.currentStep).isEqualTo(5);
        assertThat(d.currentUnit).isEqualTo(RECEIVING);
        assertThat(d.currentDeadline).isEqualTo(LocalDateTime.of(2026, 3, 10, 17, 0));
        assertThat(d.steps.get(4)).isEqualTo(new DossierView.Step(5, "Trả kết quả", STEP_ROLES[4], RECEIVING, 20,
                LocalDateTime.of(2026, 3, 10, 17, 0), late, null));
        assertThat(d.tracking).containsExactly(new TrackingEntry(1, DossierAction.MARK_DONE, DossierStatus.DONE,
                "Đóng dấu", "ha.lt", "Lê Thu Hà", COMPETENT, null, RECEIVING, late,
                LocalDateTime.of(2026, 3, 9, 11, 30), TrackingEntry.Outcome.LATE, "Đã đóng dấu"));
    }

    @Test
    void aResultFileNotUploadedIsRefusedAndNothingIsHandedOver() {
        Dossier d = atStep(4);
        var problem = invalid(() -> markDone.apply(applying(d, CLERK, DossierAction.MARK_DONE, DossierStatus.DONE,
                NOW), new DossierCommand.MarkDone("x", List.of(new AttachedFile(null, "kq.pdf", "application/pdf", 1)))),
                "results[0].file", "files.unknown");
        assertThat(problem.arguments()).isEmpty();
        assertThat(d.currentStep).isEqualTo(4);
        assertThat(d.finishedAt).isNull();
        assertThat(d.tracking).isEmpty();
    }

    @Test
    void completingAStepReturnsTheCommandAsGiven() {
        var command = new DossierCommand.CompleteStep("ok");
        assertThat(complete.apply(applying(atStep(3), LEADER, DossierAction.COMPLETE_STEP, DossierStatus.PROCESSING,
                NOW), command)).isSameAs(command);
    }
}
