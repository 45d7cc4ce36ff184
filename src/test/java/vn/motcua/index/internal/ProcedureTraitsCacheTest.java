package vn.motcua.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.CatalogForms;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureForm;
import vn.motcua.index.DossierFacts.ProcedureTraits;

/**
 * Remembering a version's traits is correct because nothing the catalog does to a published version
 * changes them: every way it changes a procedure (a new decision, offering and withdrawing online
 * submission, retiring it) leaves the remembered traits equal to those read afresh.
 */
@MotcuaIntegrationTest
class ProcedureTraitsCacheTest {

    @Autowired
    ProcedureTraitsCache cache;
    @Autowired
    Catalog catalog;
    @Autowired
    CatalogAdministration administration;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aVersionsTraitsStayTrueWhateverTheCatalogDoesToItsProcedure() {
        // Partial online service, result not required on paper, one component: reusable.
        Procedure first = administration.create(CatalogForms.valid("1.990716", "Thủ tục thử chỉ số", "71/QĐ-UBND"));
        ProcedureTraits partial = new ProcedureTraits(false, false, true);
        assertThat(cache.of(first.versionId())).isEqualTo(partial);

        administration.enableOnline(first.code(), "quantri");
        assertThat(cache.of(first.versionId())).isEqualTo(partial).isEqualTo(fresh(first));
        administration.withdrawOnline(first.code());
        assertThat(cache.of(first.versionId())).isEqualTo(partial).isEqualTo(fresh(first));

        Procedure second = administration.revise(first.code(), fullOnlinePaperResult(
                CatalogForms.valid("", "Thủ tục thử chỉ số", "72/QĐ-UBND")));
        assertThat(second.versionId()).isNotEqualTo(first.versionId());
        assertThat(cache.of(second.versionId())).isEqualTo(new ProcedureTraits(true, true, true));
        assertThat(cache.of(first.versionId())).isEqualTo(partial).isEqualTo(fresh(first));

        administration.retire(first.code());
        assertThat(cache.of(first.versionId())).isEqualTo(fresh(first));
        assertThat(cache.of(second.versionId())).isEqualTo(new ProcedureTraits(true, true, true))
                .isEqualTo(fresh(second));
    }

    @Test
    void aRememberedVersionCostsNoStatement() {
        Procedure version = administration.create(CatalogForms.valid("1.990717", "Thủ tục thử bộ nhớ", "73/QĐ-UBND"));
        SqlStatements sql = new SqlStatements(dataSource, transactions);

        List<String> first = sql.of(() -> { }, () -> cache.of(version.versionId()));
        List<String> again = sql.of(() -> { }, () -> cache.of(version.versionId()));

        assertThat(first).singleElement().asString().contains("from catalog_procedure_version");
        assertThat(again).isEmpty();
    }

    private ProcedureTraits fresh(Procedure version) {
        return ProcedureTraits.of(catalog.version(version.versionId()));
    }

    private static ProcedureForm fullOnlinePaperResult(ProcedureForm f) {
        return new ProcedureForm(f.code(), f.name(), f.field(), f.level(), f.agency(), f.steps(), f.methods(),
                f.components(), f.timeLimitValue(), f.timeLimitUnit(), f.timeLimitNote(), f.timeLimitSameDay(),
                f.applicants(), f.units(), f.feesUnknown(), f.fees(), "full", f.resultDocument(), true,
                f.resultLeaderSigns(), f.decisionNumber(), f.decisionSignedOn(), f.decisionEffectiveFrom(), f.legalBasis(), f.process(),
                f.source());
    }
}
