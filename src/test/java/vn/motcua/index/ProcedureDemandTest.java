package vn.motcua.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.DossierStatus;

/**
 * The procedures people use most come from the index's facts, so a province's imported history counts:
 * dossiers received in the last 90 days, withdrawn ones left out, most first. The clock stands in 2051,
 * where no other test puts dossiers.
 */
@MotcuaIntegrationTest
class ProcedureDemandTest {

    @Autowired
    DossierHistory history;
    @Autowired
    ProcedureDemand demand;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void importedHistoryOfTheLastNinetyDaysRanksTheProcedures() {
        List<DossierFacts> dossiers = new ArrayList<>();
        dossiers.addAll(received("PD-A-", "9.999001", "2051-06-05T09:00", 3));
        dossiers.addAll(received("PD-B-", "9.999002", "2051-03-18T09:00", 2));
        dossiers.addAll(received("PD-C-", "9.999003", "2051-03-16T09:00", 5)); // 91 days before 15 June
        dossiers.add(DossierBuilder.received("PD-D-1", "2051-06-01T09:00").procedure("9.999004")
                .status(DossierStatus.WITHDRAWN).build());
        history.record(dossiers);

        clock.setLocal(LocalDateTime.parse("2051-06-15T10:00"));

        assertThat(demand.mostUsed(20)).containsExactly("9.999001", "9.999002");
        assertThat(demand.mostUsed(1)).containsExactly("9.999001");
    }

    private static List<DossierFacts> received(String prefix, String procedure, String at, int count) {
        List<DossierFacts> dossiers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            dossiers.add(DossierBuilder.received(prefix + i, at).procedure(procedure).build());
        }
        return dossiers;
    }
}
