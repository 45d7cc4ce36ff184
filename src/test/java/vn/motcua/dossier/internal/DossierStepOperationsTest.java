package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.internal.HandlerFixtures.*;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Party;
import vn.motcua.dossier.TrackingEntry;
import vn.motcua.organization.Officer;
import vn.motcua.organization.Role;

/**
 * The aggregate's step operations, which every handler uses: entering a step (its unit holds the dossier,
 * nobody yet, until its deadline), finishing one (early, on time or late), leaving the process, and the
 * tracking sheet's next line (DOMAIN.md §4).
 */
class DossierStepOperationsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 5, 16, 45);

    @Test
    void enteringAStepGivesTheDossierToItsUnitUntilItsDeadline() {
        Dossier d = atStep(2);
        d.currentAssignee = "hung.pv";
        d.enterStep(4, NOW);
        assertThat(d.currentStep).isEqualTo(4);
        assertThat(d.currentUnit).isEqualTo(COMPETENT);
        assertThat(d.currentAssignee).isNull();
        assertThat(d.currentDeadline).isEqualTo(LocalDateTime.of(2026, 3, 9, 11, 30));
        assertThat(d.steps.get(3)).isEqualTo(new DossierView.Step(4, "Đóng dấu", Role.CLERK, COMPETENT, 20,
                LocalDateTime.of(2026, 3, 9, 11, 30), NOW, null));
        assertThat(d.currentStepOrNull()).isEqualTo(d.steps.get(3));
    }

    @Test
    void finishingAStepKeepsWhenItStarted() {
        Dossier d = atStep(2);
        var outcome = d.finishStep(d.step(2), NOW);
        assertThat(outcome).isEqualTo(TrackingEntry.Outcome.LATE);
        assertThat(d.steps.get(1)).isEqualTo(new DossierView.Step(2, "Thẩm định", Role.SPECIALIST, COMPETENT, 20,
                LocalDateTime.of(2026, 3, 5, 10, 0), LocalDateTime.of(2026, 3, 3, 7, 0), NOW));
        assertThat(d.finishStep(d.step(3), LocalDateTime.of(2026, 3, 6, 15, 0))).isEqualTo(TrackingEntry.Outcome.ON_TIME);
        assertThat(d.finishStep(d.step(4), NOW)).isEqualTo(TrackingEntry.Outcome.EARLY);
    }

    @Test
    void leavingTheProcessLeavesNobodyHoldingIt() {
        Dossier d = atStep(3);
        d.currentAssignee = "minh.tq";
        d.leaveProcess();
        assertThat(d.currentStep).isNull();
        assertThat(d.currentUnit).isNull();
        assertThat(d.currentAssignee).isNull();
        assertThat(d.currentDeadline).isNull();
        assertThat(d.currentStepOrNull()).isNull();
    }

    @Test
    void trackingLinesAreNumberedInOrderWithTheStatusReached() {
        Dossier d = atStep(3);
        d.status = DossierStatus.PROCESSING;
        d.trackAtCurrentStep(DossierAction.APOLOGISE, LEADER, NOW, "   ");
        d.status = DossierStatus.STOPPED;
        d.track(DossierAction.STOP, null, LEADER, null, null, NOW.plusMinutes(5), null, null, "\tGiả mạo ");
        assertThat(d.tracking).containsExactly(
                new TrackingEntry(1, DossierAction.APOLOGISE, DossierStatus.PROCESSING, "Phê duyệt", "minh.tq",
                        "Trần Quang Minh", COMPETENT, null, COMPETENT, NOW, null, null, null),
                new TrackingEntry(2, DossierAction.STOP, DossierStatus.STOPPED, null, "minh.tq", "Trần Quang Minh",
                        COMPETENT, null, null, NOW.plusMinutes(5), null, null, "Giả mạo"));
        assertThat(d.nextTrackingSeq()).isEqualTo(3);
    }

    @Test
    void aDeputysLineNamesTheLeaderTheyActedFor() {
        Dossier d = atStep(3);
        Officer director = new Officer("minh.tq", "Trần Quang Minh", Role.LEADER, COMPETENT, "Giám đốc", true);
        Actor deputy = new Actor("khoa.lv", "Lê Văn Khoa", Party.SPECIALIST, COMPETENT).onBehalfOf(director);
        d.track(DossierAction.COMPLETE_STEP, d.step(3), deputy, "ha.lt", COMPETENT, NOW, d.step(3).deadline(),
                TrackingEntry.Outcome.EARLY, "Đồng ý");
        assertThat(d.tracking.getLast()).isEqualTo(new TrackingEntry(1, DossierAction.COMPLETE_STEP,
                DossierStatus.PROCESSING, "Phê duyệt", "khoa.lv", "Lê Văn Khoa", COMPETENT, "ha.lt", COMPETENT, NOW,
                LocalDateTime.of(2026, 3, 6, 15, 0), TrackingEntry.Outcome.EARLY, "Đồng ý", "minh.tq",
                "Trần Quang Minh", null, null));
    }

    @Test
    void componentsAreNumberedAfterThoseAlreadyThere() {
        Dossier d = newDossier();
        AttachedFile scan = new AttachedFile("ab".repeat(32), "to-khai.pdf", "application/pdf", 1200);
        d.addComponents(List.of(new ComponentInput("Tờ khai", 1, 0, true, false, false, List.of(scan))));
        d.addComponents(List.of(new ComponentInput("CCCD", 0, 1, true, true, true, List.of())));
        assertThat(d.components).containsExactly(
                new DossierView.Component(1, "Tờ khai", 1, 0, true, true, false, false, List.of(scan)),
                new DossierView.Component(2, "CCCD", 0, 1, true, false, true, true, List.of()));
    }

    @Test
    void aDossierInvolvesItsReceivingAndCompetentUnitsAndThoseOfItsSteps() {
        Dossier d = newDossier();
        d.competentUnit = "000.00.50.H56";
        assertThat(d.involves(RECEIVING)).isTrue();
        assertThat(d.involves("000.00.50.H56")).isTrue();
        assertThat(d.involves(COMPETENT)).isTrue();
        assertThat(d.involves(OTHER_UNIT)).isFalse();
    }

    @Test
    void theAggregateReadFromItsViewShowsTheSameAndCountsEverythingAsStored() {
        Dossier d = atStep(3);
        d.code = "000.00.12.H56-260302-0007";
        d.addComponents(List.of(new ComponentInput("Tờ khai", 1, 0, true, false, false, List.of())));
        d.trackAtCurrentStep(DossierAction.ASSIGN, LEADER, NOW, null);
        d.supplements.add(new DossierView.SupplementRound(1, NOW, "hung.pv", List.of(), null));
        d.apology = new DossierView.Apology(NOW, "minh.tq", "Chờ ý kiến", NOW, NOW.plusDays(3));

        Dossier read = Dossier.of(d.view());

        assertThat(read.view()).isEqualTo(d.view());
        assertThat(read.code()).isEqualTo("000.00.12.H56-260302-0007");
        assertThat(read.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(read.storedComponents).isEqualTo(1);
        assertThat(read.storedTracking).isEqualTo(1);
        assertThat(read.storedSupplements).isEqualTo(1);
        assertThat(read.storedApology).isTrue();
        assertThat(read.storedSteps).isEqualTo(d.steps);
        assertThat(read.storedComponentState).isEqualTo(d.components);
        assertThat(Dossier.of(newDossier().view()).storedApology).isFalse();
    }
}
