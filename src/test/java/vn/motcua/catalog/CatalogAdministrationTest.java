package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;

@MotcuaIntegrationTest
@RecordApplicationEvents
class CatalogAdministrationTest {

    @Autowired
    CatalogAdministration administration;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewVersionLeavesTheOldOneReadableAndExactlyOneInForce() {
        Procedure first = administration.create(CatalogForms.valid("1.990001", "Thủ tục thử phiên bản", "1/QĐ-UBND"));
        Procedure second = administration.revise("1.990001",
                CatalogForms.valid("ignored", "Thủ tục thử phiên bản (sửa đổi)", "2/QĐ-UBND"));

        assertThat(second.version()).isEqualTo(2);
        assertThat(catalog.inForce("1.990001").versionId()).isEqualTo(second.versionId());
        Procedure old = catalog.version(first.versionId());
        assertThat(old.status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(old.content().name()).isEqualTo("Thủ tục thử phiên bản");
        assertThat(catalog.versions("1.990001")).extracting(VersionSummary::status)
                .containsExactly(VersionStatus.IN_FORCE, VersionStatus.SUPERSEDED);
    }

    @Test
    void theDatabaseRefusesASecondVersionInForce() {
        administration.create(CatalogForms.valid("1.990002", "Thủ tục thử ràng buộc", "3/QĐ-UBND"));
        administration.revise("1.990002", CatalogForms.valid("", "Thủ tục thử ràng buộc", "4/QĐ-UBND"));
        assertThatThrownBy(() -> jdbc.sql("update catalog_procedure_version set status = 'in_force' "
                + "where procedure_code = ?").param("1.990002").update())
                .hasMessageContaining("catalog_version_one_in_force");
    }

    @Test
    void retiringEndsTheVersionInForceAndRemovesItFromSearchButKeepsItReadable() {
        administration.create(CatalogForms.valid("1.990003", "Thủ tục thử bãi bỏ zebra", "5/QĐ-UBND"));
        assertThat(catalog.search(ProcedureQuery.text("zebra")).total()).isEqualTo(1);

        administration.retire("1.990003");

        assertThat(catalog.search(ProcedureQuery.text("zebra")).total()).isZero();
        assertThat(catalog.findInForce("1.990003")).isEmpty();
        assertThat(catalog.version("1.990003", 1).status()).isEqualTo(VersionStatus.RETIRED);
        assertThatThrownBy(() -> catalog.inForce("1.990003")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aProcessIsReceivedAndReturnedAtTheCounterWithHandlingBetween() {
        ProcedureForm valid = CatalogForms.valid("1.990009", "Thủ tục một cửa", "9/QĐ-UBND");
        List<ProcedureForm.StepRow> handlingOnly = List.of(
                new ProcedureForm.StepRow("Giải quyết", "SPECIALIST", "competent", "100"));
        List<ProcedureForm.StepRow> noHandling = List.of(
                new ProcedureForm.StepRow("Tiếp nhận", "RECEPTION", "receiving", "50"),
                new ProcedureForm.StepRow("Trả kết quả", "RECEPTION", "receiving", "50"));
        List<ProcedureForm.StepRow> returnedElsewhere = List.of(
                new ProcedureForm.StepRow("Tiếp nhận", "RECEPTION", "receiving", "10"),
                new ProcedureForm.StepRow("Giải quyết", "SPECIALIST", "competent", "80"),
                new ProcedureForm.StepRow("Trả kết quả", "CLERK", "competent", "10"));

        for (List<ProcedureForm.StepRow> process : List.of(handlingOnly, noHandling, returnedElsewhere)) {
            assertThatThrownBy(() -> administration.create(withProcess(valid, process)))
                    .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                            .extracting(UserInputException.Problem::messageKey).containsExactly("catalog.process.oneDoor"));
        }
        assertThat(catalog.findInForce("1.990009")).isEmpty();
    }

    private static ProcedureForm withProcess(ProcedureForm f, List<ProcedureForm.StepRow> process) {
        return new ProcedureForm(f.code(), f.name(), f.field(), f.level(), f.agency(), f.steps(), f.methods(),
                f.components(), f.timeLimitValue(), f.timeLimitUnit(), f.timeLimitNote(), f.timeLimitSameDay(), f.applicants(),
                f.units(), f.feesUnknown(), f.fees(), f.onlineLevel(), f.resultDocument(), f.resultPaperRequired(),
                f.resultLeaderSigns(), f.decisionNumber(), f.decisionSignedOn(), f.decisionEffectiveFrom(), f.legalBasis(), process,
                f.source());
    }

    @Test
    void refusesABadFormNamingEveryWrongField() {
        ProcedureForm bad = new ProcedureForm("12345", "", "", "district", "", "", List.of(), List.of(), "0",
                "", "", false, List.of(), List.of("999.99.99.H18"), false,
                List.of(new ProcedureForm.FeeRow("Lệ phí", "-5", "")), "", "", false, true, "", "2026-02-10",
                "2026-02-01", "", List.of(new ProcedureForm.StepRow("Tiếp nhận", "RECEPTION", "receiving", "30")), "");

        assertThatThrownBy(() -> administration.create(bad)).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.problems()).extracting(UserInputException.Problem::field).contains(
                        "code", "name", "field", "level", "agency", "steps", "methods", "components", "timeLimitValue",
                        "timeLimitUnit", "applicants", "units", "fees[0].amount", "decisionNumber",
                        "decisionEffectiveFrom", "legalBasis", "process"));
    }

    @Test
    void aNewVersionNeedsANewDecision() {
        administration.create(CatalogForms.valid("1.990004", "Thủ tục thử quyết định", "6/QĐ-UBND"));
        assertThatThrownBy(() -> administration.revise("1.990004",
                CatalogForms.valid("", "Thủ tục thử quyết định", "6/QĐ-UBND")))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::field).containsExactly("decisionNumber"));
    }

    @Test
    void tellsOtherModulesAboutPublicationAndRetirement(@Autowired ApplicationEvents events) {
        Procedure p = administration.create(CatalogForms.valid("H18.990005", "Thủ tục riêng của tỉnh", "7/QĐ-UBND"));
        administration.retire("H18.990005");

        assertThat(p.localCode()).isEqualTo("H18.990005.000.00.00.H18");
        assertThat(events.stream(ProcedurePublished.class)).containsExactly(new ProcedurePublished("H18.990005",
                p.versionId(), 1, null, java.time.LocalDate.of(2026, 1, 15), true));
        assertThat(events.stream(ProcedureRetired.class)).extracting(ProcedureRetired::versionId)
                .containsExactly(p.versionId());
    }
}
