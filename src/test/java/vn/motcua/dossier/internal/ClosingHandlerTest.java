package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.internal.HandlerFixtures.*;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Party;
import vn.motcua.dossier.TrackingEntry;

/**
 * Từ chối tiếp nhận (reception, with reasons), dừng xử lý (the competent unit's leader, with reasons) and rút
 * hồ sơ (the applicant, or reception for them): the dossier leaves its process; refusal and stop end the
 * processing at that moment (DOMAIN.md §4, "on time"), a withdrawal ends nothing the index measures.
 */
class ClosingHandlerTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 5, 9, 0);
    private static final Actor RECEIVING_LEADER = new Actor("tuan.dv", "Đặng Văn Tuấn", Party.LEADER, RECEIVING);

    private final ClosingHandler handler = new ClosingHandler();

    @Test
    void takesTheThreeClosingRows() {
        assertThat(handler.actions()).containsExactlyInAnyOrder(DossierAction.REFUSE, DossierAction.STOP,
                DossierAction.WITHDRAW);
        assertThat(handler.commandType()).isEqualTo(DossierCommand.class);
    }

    @Test
    void onlyTheCompetentUnitStops() {
        Dossier d = atStep(2);
        assertThatCode(() -> handler.check(checking(d, LEADER, DossierAction.STOP, NOW))).doesNotThrowAnyException();
        var e = refused(() -> handler.check(checking(d, RECEIVING_LEADER, DossierAction.STOP, NOW)),
                "dossier.unit.notYours");
        assertThat(e.problems().getFirst().arguments()).containsExactly(COMPETENT);
    }

    @Test
    void onlyTheReceivingUnitRefusesOrWithdrawsForTheApplicant() {
        Dossier d = newDossier();
        for (DossierAction action : new DossierAction[] {DossierAction.REFUSE, DossierAction.WITHDRAW}) {
            assertThatCode(() -> handler.check(checking(d, RECEPTIONIST, action, NOW))).doesNotThrowAnyException();
            refused(() -> handler.check(checking(d, LEADER, action, NOW)), "dossier.unit.notYours");
        }
        assertThatCode(() -> handler.check(checking(d, APPLICANT, DossierAction.WITHDRAW, NOW)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "reasons \"{0}\"")
    @ValueSource(strings = {"", " \t "})
    void eachClosingNeedsItsReasons(String blank) {
        invalid(() -> handler.apply(applying(newDossier(), RECEPTIONIST, DossierAction.REFUSE, DossierStatus.REFUSED,
                NOW), new DossierCommand.Refuse(blank)), "reasons", "dossier.reason.required");
        invalid(() -> handler.apply(applying(atStep(3), LEADER, DossierAction.STOP, DossierStatus.STOPPED, NOW),
                new DossierCommand.Stop(blank)), "reasons", "dossier.reason.required");
        invalid(() -> handler.apply(applying(atStep(3), APPLICANT, DossierAction.WITHDRAW, DossierStatus.WITHDRAWN,
                NOW), new DossierCommand.Withdraw(null)), "reason", "dossier.reason.required");
    }

    @Test
    void aRefusalEndsTheDossierWithItsReasons() {
        Dossier d = newDossier();
        handler.apply(applying(d, RECEPTIONIST, DossierAction.REFUSE, DossierStatus.REFUSED, NOW),
                new DossierCommand.Refuse("  Không thuộc thẩm quyền  "));
        assertThat(d.closingReason).isEqualTo("Không thuộc thẩm quyền");
        assertThat(d.finishedAt).isEqualTo(NOW);
        assertThat(d.tracking).containsExactly(new TrackingEntry(1, DossierAction.REFUSE, DossierStatus.REFUSED,
                null, "lan.nt", "Nguyễn Thị Lan", RECEIVING, null, null, NOW, null, null, "Không thuộc thẩm quyền"));
    }

    @Test
    void aStopLeavesTheProcessAtTheStepItReached() {
        Dossier d = atStep(3);
        d.currentAssignee = LEADER.username();
        var command = new DossierCommand.Stop("Hồ sơ giả mạo");
        var applied = handler.apply(applying(d, LEADER, DossierAction.STOP, DossierStatus.STOPPED, NOW), command);

        assertThat(applied).isSameAs(command);
        assertThat(d.finishedAt).isEqualTo(NOW);
        assertThat(d.closingReason).isEqualTo("Hồ sơ giả mạo");
        assertThat(d.currentStep).isNull();
        assertThat(d.currentUnit).isNull();
        assertThat(d.currentAssignee).isNull();
        assertThat(d.currentDeadline).isNull();
        assertThat(d.tracking).containsExactly(new TrackingEntry(1, DossierAction.STOP, DossierStatus.STOPPED,
                "Phê duyệt", "minh.tq", "Trần Quang Minh", COMPETENT, null, null, NOW, null, null, "Hồ sơ giả mạo"));
    }

    @Test
    void aWithdrawalEndsNoProcessing() {
        Dossier d = atStep(2);
        handler.apply(applying(d, APPLICANT, DossierAction.WITHDRAW, DossierStatus.WITHDRAWN, NOW),
                new DossierCommand.Withdraw("Không còn nhu cầu"));
        assertThat(d.finishedAt).isNull();
        assertThat(d.closingReason).isEqualTo("Không còn nhu cầu");
        assertThat(d.currentStep).isNull();
        assertThat(d.tracking.getLast().stepName()).isEqualTo("Thẩm định");
        assertThat(d.tracking.getLast().fromOfficer()).isEqualTo("001203004567");
    }

    @Test
    void anotherCommandIsNoClosing() {
        assertThatThrownBy(() -> handler.apply(applying(atStep(3), LEADER, DossierAction.STOP, DossierStatus.STOPPED,
                NOW), new DossierCommand.CompleteStep("x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
