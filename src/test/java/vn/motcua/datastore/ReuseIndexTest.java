package vn.motcua.datastore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.index.Criterion;
import vn.motcua.index.CriterionScore;
import vn.motcua.index.IndexQueries;

/**
 * 5.4 measured from real reuse: dossiers that reused a stored document ÷ dossiers of procedures with a
 * reusable component, points = 2 × min(1, ratio ÷ 0.8) (INDEX-766.md).
 */
@MotcuaIntegrationTest
class ReuseIndexTest {

    private static final String JUSTICE = "000.00.02.H18";
    private static final String APPOINTMENT = "Quyết định bổ nhiệm công chứng viên";
    private static final LocalDate DAY = LocalDate.of(2029, 5, 15);

    @Autowired DataStore store;
    @Autowired DossierFixtures fixtures;
    @Autowired DossierHandling handling;
    @Autowired IndexQueries index;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void threeDossiersOfFourReusingAStoredDocumentScore1Point88() throws Exception {
        String owner = DataStoreTest.newCitizenId();
        clock.setLocal(DAY.minusDays(1).atTime(9, 0));
        AttachedFile scan = fixtures.stored("tiepnhan", "quyet-dinh.pdf", DataStoreTest.pdf("index " + owner));
        receive(owner, new ComponentInput(APPOINTMENT, 0, 1, true, false, false, List.of(scan)));
        Await.until(() -> !store.of(owner).isEmpty());

        clock.setLocal(DAY.atTime(9, 0));
        for (int i = 0; i < 3; i++) {
            receive(owner, new ComponentInput(APPOINTMENT, 0, 1, true, true, false,
                    List.of(AttachedFile.reference(scan.sha256()))));
        }
        AttachedFile upload = fixtures.stored("tiepnhan", "tai-len.pdf", DataStoreTest.pdf("upload " + owner));
        receive(owner, new ComponentInput(APPOINTMENT, 0, 1, true, false, false, List.of(upload)));
        clock.setLocal(DAY.atTime(17, 0));

        Await.until(() -> reuse().denominator() == 4);
        CriterionScore reuse = reuse();
        assertThat(reuse.numerator()).isEqualTo(3);
        // 3 ÷ 4 = 0.75; 2 × min(1, 0.75 ÷ 0.8) = 1.875
        assertThat(reuse.score()).isEqualByComparingTo("1.88");
    }

    private CriterionScore reuse() {
        return index.report(JUSTICE, DAY, DAY).criterion(Criterion.DATA_REUSE);
    }

    private void receive(String owner, ComponentInput component) {
        handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(DossierFixtures.NOTARY_CARD,
                Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, owner, "Lò Văn Pọm", "0912345678", null, null),
                null, null, List.of(component), ReturnMethod.COUNTER, null, null, null));
    }
}
