package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.organization.UnitLevel;

@MotcuaIntegrationTest
class DemoCatalogSeedTest {

    @Autowired
    Catalog catalog;

    @Autowired
    UnitDirectory units;

    @Test
    void seedsAll37SampleProceduresInForceWithTheirSources() {
        ProcedurePage all = catalog.search(new ProcedureQuery(null, null, null, null, 1, 100));
        List<Procedure> seeded = all.items().stream().map(s -> catalog.version(s.versionId()))
                .filter(p -> p.content().decision().number().equals("123/QĐ-UBND")).toList();

        assertThat(seeded).hasSize(37);
        assertThat(seeded).allSatisfy(p -> {
            assertThat(p.content().source()).startsWith("http");
            assertThat(p.content().process()).extracting(ProcessStep::sharePercent).asList()
                    .satisfies(shares -> assertThat(shares.stream().mapToInt(s -> (Integer) s).sum()).isEqualTo(100));
        });
    }

    @Test
    void givesCommuneProceduresEveryCommuneAndDepartmentProceduresTheNamedDepartment() {
        assertThat(catalog.inForce("1.001193").content().units())
                .containsExactlyInAnyOrderElementsOf(units.ofLevel(UnitLevel.COMMUNE).stream()
                        .map(u -> u.identifier()).toList());
        assertThat(catalog.inForce("1.013859").content().units()).containsExactly("000.00.02.H18");
        assertThat(catalog.inForce("3.000333").content().units()).containsExactly("000.00.07.H18");
        assertThat(catalog.inForce("1.010727").content().units()).containsExactly("000.00.00.H18");
    }

    @Test
    void keepsUnknownFeesApartFromFreeAndExplainsAMissingTimeUnit() {
        assertThat(catalog.inForce("1.001193").content().fees()).as("free").isEmpty();
        assertThat(catalog.inForce("3.000467").content().feesKnown()).as("no fee information").isFalse();
        Procedure withoutUnit = catalog.inForce("1.000894");
        assertThat(withoutUnit.content().timeLimit().unit()).isEqualTo(TimeUnit.WORKING_DAYS);
        // What the listing lacked is a note on the data: for administrators (the source), not on the public page.
        assertThat(withoutUnit.content().timeLimit().note()).isNull();
        assertThat(withoutUnit.content().source()).contains("tạm tính theo ngày làm việc", "Danh mục quốc gia ghi '1'");
    }

    @Test
    void recognisesSameDayProceduresFromTheirPublishedRule() {
        assertThat(catalog.inForce("1.001193").content().timeLimit().sameDay()).as("birth registration").isTrue();
        assertThat(catalog.inForce("2.000815").content().timeLimit().sameDay()).as("copy certification").isTrue();
        assertThat(catalog.inForce("1.001612").content().timeLimit().sameDay()).as("household business").isFalse();
    }

    @Test
    void keepsAFeeGivenPerPageAsARateInItsNoteNotAsAnAmountOwedAtReception() {
        assertThat(catalog.inForce("2.000815").content().fees()).first().satisfies(fee -> {
            assertThat(fee.amountVnd()).isNull();
            assertThat(fee.note()).contains("2.000 đồng/trang", "tối đa 200.000 đồng/bản");
        });
        assertThat(catalog.inForce("1.013859").content().fees()).first()
                .satisfies(fee -> assertThat(fee.amountVnd()).as("notary card: a fixed fee").isEqualTo(100_000L));
    }

    @Test
    void givesTheRecordWithoutANationalCodeTheProvincesOwnCode() {
        Procedure local = catalog.inForce("H18.000001");
        assertThat(local.content().field()).isEqualTo("Khám bệnh, chữa bệnh");
        assertThat(local.localCode()).isEqualTo("H18.000001.000.00.00.H18");
        assertThat(local.content().hasAllSevenParts()).as("its listing gave no dossier components").isFalse();
        assertThat(catalog.inForce("1.001193").content().hasAllSevenParts()).isTrue();
    }
}
