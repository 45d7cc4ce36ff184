package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.motcua.dossier.internal.HandlerFixtures.*;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Party;
import vn.motcua.organization.Officer;
import vn.motcua.organization.Role;

/**
 * Who acts on the current step (người xử lý bước): an officer of its unit in its role, unless it is assigned to
 * someone else; a deputy acting for the delegating leader it is assigned to. Whether a leader delegated today
 * is read from the database, and tested with it.
 */
class StepHoldersTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 6, 8, 0);
    private static final Actor OTHER_LEADER = new Actor("son.nh", "Nguyễn Hồng Sơn", Party.LEADER, COMPETENT);
    private static final Actor DEPUTY = new Actor("khoa.lv", "Lê Văn Khoa", Party.SPECIALIST, COMPETENT);
    private static final Officer DIRECTOR = new Officer("minh.tq", "Trần Quang Minh", Role.LEADER, COMPETENT,
            "Giám đốc", true);

    /** With no delegation consulted: every case below is decided before one is read. */
    private final StepHolders holders = new StepHolders(null, null, null);

    @Test
    void anOfficerOfTheStepsUnitAndRoleHoldsAnUnassignedStep() {
        Dossier d = atStep(3);
        assertThatCode(() -> StepHolders.requireCurrentStep(d, LEADER)).doesNotThrowAnyException();
        assertThatCode(() -> StepHolders.requireCurrentStep(d, OTHER_LEADER)).doesNotThrowAnyException();
    }

    @Test
    void anotherUnitsOfficerDoesNot() {
        var e = refused(() -> StepHolders.requireCurrentStep(atStep(3),
                new Actor("x", "X", Party.LEADER, RECEIVING)), "dossier.unit.notYours");
        assertThat(e.problems().getFirst().arguments()).containsExactly(COMPETENT);
    }

    @Test
    void anotherRoleOfTheSameUnitDoesNot() {
        var e = refused(() -> StepHolders.requireCurrentStep(atStep(3), SPECIALIST), "dossier.step.otherRole");
        assertThat(e.problems().getFirst().arguments()).containsExactly("Phê duyệt");
    }

    @Test
    void anAssignedStepIsItsAssigneesOnly() {
        Dossier d = atStep(3);
        d.currentAssignee = LEADER.username();
        assertThatCode(() -> StepHolders.requireCurrentStep(d, LEADER)).doesNotThrowAnyException();
        var e = refused(() -> StepHolders.requireCurrentStep(d, OTHER_LEADER), "dossier.step.assignedToOther");
        assertThat(e.problems().getFirst().arguments()).containsExactly("minh.tq");
    }

    @Test
    void aDeputyActsOnTheStepAssignedToTheLeaderWhoDelegated() {
        Dossier d = atStep(3);
        d.currentAssignee = LEADER.username();
        assertThatCode(() -> StepHolders.requireCurrentStep(d, DEPUTY.onBehalfOf(DIRECTOR)))
                .doesNotThrowAnyException();
        Officer otherDirector = new Officer("son.nh", "Nguyễn Hồng Sơn", Role.LEADER, COMPETENT, "Phó Giám đốc", true);
        refused(() -> StepHolders.requireCurrentStep(d, DEPUTY.onBehalfOf(otherDirector)),
                "dossier.step.assignedToOther");
    }

    @Test
    void theOfficerActsInTheirOwnRightWhereNoDelegationCanApply() {
        Dossier processing = atStep(3);
        assertThat(holders.acting(processing, DEPUTY, DossierAction.ASSIGN, NOW)).isSameAs(DEPUTY);
        assertThat(holders.acting(processing, APPLICANT, DossierAction.SEND_BACK, NOW)).isSameAs(APPLICANT);
        assertThat(holders.acting(newDossier(), DEPUTY, DossierAction.COMPLETE_STEP, NOW)).isSameAs(DEPUTY);
        assertThat(holders.acting(processing, LEADER, DossierAction.COMPLETE_STEP, NOW)).isSameAs(LEADER);
        assertThat(holders.acting(atStep(2), CLERK, DossierAction.COMPLETE_STEP, NOW)).isSameAs(CLERK);
        Dossier assigned = atStep(3);
        assigned.currentAssignee = LEADER.username();
        assertThat(holders.acting(assigned, LEADER, DossierAction.MARK_DONE, NOW)).isSameAs(LEADER);
        Actor elsewhere = new Actor("y", "Y", Party.SPECIALIST, RECEIVING);
        assertThat(holders.acting(processing, elsewhere, DossierAction.COMPLETE_STEP, NOW)).isSameAs(elsewhere);
    }

    @Test
    void noOneHoldsAMissingStep() {
        assertThat(holders.eligible(null)).isEmpty();
        assertThat(holders.mayHold(new Officer("x", "X", Role.LEADER, RECEIVING, null, true), step(3, null, null)))
                .isFalse();
        assertThat(holders.mayHold(new Officer("x", "X", Role.SPECIALIST, COMPETENT, null, true), step(3, null, null)))
                .isFalse();
    }
}
