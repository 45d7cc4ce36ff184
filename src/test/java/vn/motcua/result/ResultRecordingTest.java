package vn.motcua.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;

/**
 * The result module taking part in MARK_DONE and RETURN_RESULT: each result file recorded as
 * {@code {dossier code}-KQ{n}}, and no electronic return without one.
 */
@MotcuaIntegrationTest
class ResultRecordingTest {

    @Autowired
    DossierFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    DossierQueries queries;
    @Autowired
    ResultDocuments results;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void markingDoneRecordsEachResultFileCodedAfterTheDossierAndKeepsIt() {
        DossierView atLastStep = fixtures.toResultStep(fixtures.receiveNotaryCardAt(LocalDateTime.parse("2026-03-02T08:00")));
        AttachedFile pdf = fixtures.stored("vanthu.tuphap", "the-cong-chung-vien.pdf", vn.motcua.web.OfficeSamples.pdf());
        clock.setLocal(LocalDateTime.parse("2026-03-05T09:00"));
        DossierView d = fixtures.act("vanthu.tuphap", atLastStep, new DossierCommand.MarkDone("Số 12/TCCV", List.of(pdf)));

        assertThat(d.status()).isEqualTo(DossierStatus.DONE);
        DossierView stored = queries.get(fixtures.officer("tiepnhan"), d.code());
        assertThat(results.of(stored)).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(d.code() + "-KQ1");
            // The file kept is the sealed one (SignedResultTest checks its seal), under the name uploaded.
            assertThat(r.file().originalName()).isEqualTo("the-cong-chung-vien.pdf");
            assertThat(r.file().mediaType()).isEqualTo("application/pdf");
            assertThat(r.file().sha256()).isNotEqualTo(pdf.sha256());
            assertThat(r.issuedAt()).isEqualTo("2026-03-05T09:00");
            assertThat(r.issuedBy()).isEqualTo("vanthu.tuphap");
        });
        DossierView returned = fixtures.act("tiepnhan", stored, new DossierCommand.ReturnResult(ReturnMethod.ELECTRONIC, null));
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(results.of(returned)).extracting(ResultDocument::code).containsExactly(d.code() + "-KQ1");
    }

    @Test
    void aPaperResultNeedsNoFileButAnElectronicOneIsRefusedWithoutIt() {
        DossierView paper = fixtures.toResultStep(fixtures.receiveNotaryCardAt(LocalDateTime.parse("2026-03-02T08:00")));
        paper = fixtures.act("vanthu.tuphap", paper, new DossierCommand.MarkDone("Bản giấy"));
        assertThat(paper.status()).isEqualTo(DossierStatus.DONE);
        assertThat(results.of(paper)).isEmpty();
        DossierView paperDone = paper;
        assertThatThrownBy(() -> fixtures.act("tiepnhan", paperDone, new DossierCommand.ReturnResult(ReturnMethod.ELECTRONIC,
                null))).isInstanceOfSatisfying(vn.motcua.platform.UserInputException.class, e -> assertThat(
                        e.problems()).extracting(vn.motcua.platform.UserInputException.Problem::messageKey)
                        .containsExactly("dossier.return.noElectronicResult"));

        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        DossierView electronic = fixtures.toResultStep(fixtures.receiveNotaryCard("011090001235", "Lò Văn Pọm",
                ReturnMethod.ELECTRONIC));
        assertThatThrownBy(() -> fixtures.act("vanthu.tuphap", electronic, new DossierCommand.MarkDone("Số 13/TCCV")))
                .isInstanceOfSatisfying(vn.motcua.platform.UserInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("results");
                            assertThat(p.messageKey()).isEqualTo("dossier.markDone.resultRequired");
                        }));
        assertThat(queries.get(fixtures.officer("tiepnhan"), electronic.code()).status())
                .isEqualTo(DossierStatus.PROCESSING);
    }

    @Test
    void aResultCannotNameAFileTheStoreDoesNotHold() {
        DossierView d = fixtures.toResultStep(fixtures.receiveNotaryCardAt(LocalDateTime.parse("2026-03-02T08:00")));
        AttachedFile invented = new AttachedFile("cd".repeat(32), "ket-qua.pdf", "application/pdf", 1234);
        assertThatThrownBy(() -> fixtures.act("vanthu.tuphap", d, new DossierCommand.MarkDone(null, List.of(invented))))
                .isInstanceOfSatisfying(vn.motcua.platform.UserInputException.class, e -> assertThat(e.problems())
                        .extracting(vn.motcua.platform.UserInputException.Problem::field)
                        .containsExactly("results[0].file"));
        assertThat(results.of(queries.get(fixtures.officer("tiepnhan"), d.code()))).isEmpty();
    }
}
