package vn.motcua.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.index.Criterion;
import vn.motcua.index.IndexQueries;
import vn.motcua.index.IndexReport;
import vn.motcua.web.OfficeSamples;

/**
 * 5.1 (INDEX-766: finished dossiers with a legally valid, signed electronic result ÷ finished dossiers)
 * from real sealed results: of two dossiers finished in the month, the one whose result was sealed
 * counts in the numerator, both in the denominator; the flag survives the return that follows.
 */
@MotcuaIntegrationTest
class ElectronicResultIndexTest {

    @Autowired
    DossierFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    IndexQueries queries;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSealedResultEarns51AndAPaperOneDoesNot() throws Exception {
        LocalDateTime judgedAt = LocalDateTime.parse("2026-07-01T08:00");
        clock.setLocal(judgedAt);
        IndexReport before = report();

        clock.setLocal(LocalDateTime.parse("2026-06-02T08:00"));
        DossierView electronic = fixtures.toResultStep(fixtures.receiveNotaryCard("011090009001", "Lò Thị Số",
                ReturnMethod.ELECTRONIC));
        DossierView paper = fixtures.toResultStep(fixtures.receiveNotaryCard("011090009002", "Lò Văn Giấy"));
        AttachedFile pdf = fixtures.stored("vanthu.tuphap", "the-cong-chung-vien.pdf", OfficeSamples.uniquePdf());
        clock.setLocal(LocalDateTime.parse("2026-06-04T09:00"));
        electronic = fixtures.act("vanthu.tuphap", electronic, new DossierCommand.MarkDone("Số 41/TCCV", List.of(pdf)));
        paper = fixtures.act("vanthu.tuphap", paper, new DossierCommand.MarkDone("Số 42/TCCV"));
        fixtures.act("tiepnhan", electronic, new DossierCommand.ReturnResult(ReturnMethod.ELECTRONIC, null));
        fixtures.act("tiepnhan", paper, new DossierCommand.ReturnResult(ReturnMethod.COUNTER, null));
        String sealed = electronic.code();
        String onPaper = paper.code();
        Await.until(() -> returnedWithFlag(sealed, true) && returnedWithFlag(onPaper, false));

        clock.setLocal(judgedAt);
        IndexReport after = report();
        assertThat(after.criterion(Criterion.ELECTRONIC_RESULTS).denominator())
                .isEqualTo(before.criterion(Criterion.ELECTRONIC_RESULTS).denominator() + 2);
        assertThat(after.criterion(Criterion.ELECTRONIC_RESULTS).numerator())
                .isEqualTo(before.criterion(Criterion.ELECTRONIC_RESULTS).numerator() + 1);
    }

    private IndexReport report() {
        return queries.report(IndexFactsListenerTest.JUSTICE, LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-06-30"));
    }

    private boolean returnedWithFlag(String code, boolean electronic) {
        return jdbc.sql("""
                select exists (select 1 from index_dossier_fact where code = ? and status = ?
                    and electronic_result_issued = ?)""")
                .params(code, DossierStatus.RETURNED.code(), electronic).query(Boolean.class).single();
    }
}
