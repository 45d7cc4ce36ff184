package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.MotcuaIntegrationTest;

/** A participant refusing a transition: the user is told why and nothing of the transition is saved. */
@MotcuaIntegrationTest
class TransitionParticipantTest {

    @Autowired
    DossierFixtures fixtures;
    @Autowired
    DossierQueries queries;
    @Autowired
    RefusingParticipant participant;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void disarm() {
        participant.disarm();
    }

    @Test
    void aRefusalRollsBackTheDossierTheTrackingSheetAndWhatParticipantsWrote() {
        DossierView received = fixtures.receiveNotaryCard("011090001301", "Quàng Thị Xuân");
        participant.arm(received.code(), DossierAction.COMPLETE_STEP);

        assertThatThrownBy(() -> fixtures.act("tiepnhan", received, new DossierCommand.CompleteStep("Chuyển Sở")))
                .isInstanceOf(ActionRefusedException.class)
                .extracting(e -> ((ActionRefusedException) e).problems().getFirst().messageKey())
                .isEqualTo("dossier.action.notNow");

        // The participant saw the transition as the handler left it, before the save.
        PendingTransition seen = participant.seen();
        assertThat(seen.from()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(seen.to()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(seen.dossier().currentStep()).isEqualTo(2);
        assertThat(seen.command()).isEqualTo(new DossierCommand.CompleteStep("Chuyển Sở"));

        DossierView after = queries.find(received.code()).orElseThrow();
        assertThat(after.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(after.lockVersion()).isEqualTo(received.lockVersion());
        assertThat(after.currentStep()).isEqualTo(1);
        assertThat(after.tracking()).hasSize(1);
        assertThat(after.steps().getFirst().completedAt()).isNull();
        assertThat(jdbc.sql("select count(*) from dossier_system_action where system_name = ?")
                .param(RefusingParticipant.MARK).query(Long.class).single()).isZero();
    }

    @Test
    void theSameTransitionGoesThroughOnceNoParticipantRefusesIt() {
        DossierView received = fixtures.receiveNotaryCard("011090001302", "Lường Văn Yên");
        participant.arm(received.code(), DossierAction.SEND_BACK);

        DossierView moved = fixtures.act("tiepnhan", received, new DossierCommand.CompleteStep("Chuyển Sở"));

        assertThat(moved.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(moved.tracking()).hasSize(2);
        assertThat(participant.seen()).isNull();
    }
}
