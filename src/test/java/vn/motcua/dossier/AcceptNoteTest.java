package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;

/** The reception officer's note on accepting an online dossier is kept on the tracking sheet (issue 17). */
@MotcuaIntegrationTest
class AcceptNoteTest {

    @Autowired
    DossierFixtures fixtures;

    @Test
    void theNoteTypedOnAcceptingIsTheAcceptLineOfTheTrackingSheet() {
        DossierView online = fixtures.submitNotaryCardOnline("011090004322", "Lò Văn Pâng");

        DossierView accepted = fixtures.act("tiepnhan", online, new DossierCommand.Accept("  Bản gốc đã đối chiếu  "));

        TrackingEntry line = accepted.tracking().getLast();
        assertThat(line.action()).isEqualTo(DossierAction.ACCEPT);
        assertThat(line.note()).isEqualTo("Bản gốc đã đối chiếu");
    }
}
