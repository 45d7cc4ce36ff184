package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestUnits;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.index.Criterion;
import vn.motcua.index.CriterionScore;
import vn.motcua.index.IndexQueries;
import vn.motcua.integration.PortalLines;
import vn.motcua.organization.UnitDirectory;

/**
 * {@code POST /api/v1/import/dossiers}. The dossiers go to a unit of this test's own, in 2019, so the
 * index numbers checked are this test's alone.
 */
@MotcuaIntegrationTest
class HistoryImportApiTest {

    static final String UNIT = "000.99.41.H18";
    static final String PROCEDURE = "1.013859";
    static final String NDJSON = "application/x-ndjson";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UnitDirectory units;
    @Autowired
    IndexQueries index;
    @Autowired
    DossierFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
        TestUnits.commune(units, UNIT, "Xã Thử Nhập Lịch Sử");
    }

    @Test
    void withoutCredentialsTheAnswerIs401() throws Exception {
        mvc.perform(post("/api/v1/import/dossiers").contentType(NDJSON).content("{}\n"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anOfficerWhoIsNotAnAdministratorIsRefused() throws Exception {
        mvc.perform(post("/api/v1/import/dossiers").with(httpBasic("tiepnhan", "motcua-demo")).contentType(NDJSON)
                .content(PortalLines.file(List.of(march("API-403-1", "20190308160000")))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from index_dossier_fact where code = 'API-403-1'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void badLinesAreReportedWithTheirNumbersAndTheOthersImported() throws Exception {
        List<String> lines = List.of(
                march("API-MIX-1", "20190308160000"),
                "{\"MaHoSo\": \"API-MIX-2\", ",
                "",
                march("API-MIX-3", "20190308160000").replace(UNIT, "000.99.99.H18"),
                march("API-MIX-4", "20190308160000").replace("\"NgayTiepNhan\":\"20190304080000\"",
                        "\"NgayTiepNhan\":\"2019-03-04\""),
                march("API-MIX-5", "20190308160000"));

        importing(PortalLines.file(lines), "vi")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines").value(5))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.rejected").value(3))
                .andExpect(jsonPath("$.moreErrors").value(0))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].code").doesNotExist())
                .andExpect(jsonPath("$.errors[0].reason").value("Dòng không phải JSON hợp lệ (lỗi ở cột 25)"))
                .andExpect(jsonPath("$.errors[1].line").value(4))
                .andExpect(jsonPath("$.errors[1].code").value("API-MIX-3"))
                .andExpect(jsonPath("$.errors[1].reason")
                        .value("DonViXuLy \"000.99.99.H18\" không phải mã định danh của một đơn vị trong tỉnh"))
                .andExpect(jsonPath("$.errors[2].line").value(5))
                .andExpect(jsonPath("$.errors[2].reason").value(
                        "NgayTiepNhan = \"2019-03-04\" không phải ngày giờ hợp lệ dạng yyyyMMddHHmmss (năm 1900–2199)"));
        assertThat(jdbc.sql("select code from index_dossier_fact where code like 'API-MIX-%' order by code")
                .query(String.class).list()).containsExactly("API-MIX-1", "API-MIX-5");
    }

    @Test
    void reasonsAreInEnglishForAnEnglishClient() throws Exception {
        importing(PortalLines.file(List.of(march("API-EN-1", "20190308160000").replace(PROCEDURE, "9.999999"))), "en")
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value("MaTTHC \"9.999999\" is not in the catalog of administrative procedures"));
    }

    @Test
    void importingAgainUpdatesTheDossiersInsteadOfDuplicatingThem() throws Exception {
        // April 2019 in this test's unit: one dossier returned on time, one late.
        List<String> first = List.of(april("API-RE-1", "20190404100000"), april("API-RE-2", "20190409100000"));
        importing(PortalLines.file(first), "vi")
                .andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.updated").value(0));
        assertThat(onTime()).extracting(CriterionScore::numerator, CriterionScore::denominator).containsExactly(1L, 2L);

        // The old system corrected the second one: done on time after all.
        List<String> corrected = List.of(april("API-RE-1", "20190404100000"), april("API-RE-2", "20190405100000"));
        importing(PortalLines.file(corrected), "vi")
                .andExpect(jsonPath("$.lines").value(2))
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(2))
                .andExpect(jsonPath("$.rejected").value(0));
        assertThat(onTime()).extracting(CriterionScore::numerator, CriterionScore::denominator).containsExactly(2L, 2L);
    }

    @Test
    void aFileOfSeveralBatchesIsImportedWholeWithItsBadLineNumbered() throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 2500; i++) {
            String line = PortalLines.returned("API-BULK-" + i, UNIT, PROCEDURE, "20190603080000", "20190607160000",
                    "20190606100000", "20190607090000");
            lines.add(i == 1500 ? line.replace("\"TrangThaiHoSo\":10", "\"TrangThaiHoSo\":12") : line);
        }
        importing(PortalLines.file(lines), "vi")
                .andExpect(jsonPath("$.lines").value(2500))
                .andExpect(jsonPath("$.created").value(2499))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(1500))
                .andExpect(jsonPath("$.errors[0].code").value("API-BULK-1500"));
        assertThat(jdbc.sql("select count(*) from index_dossier_fact where code like 'API-BULK-%'")
                .query(Integer.class).single()).isEqualTo(2499);
    }

    @Test
    void theSameCodeTwiceInOneFileIsCreatedThenUpdated() throws Exception {
        importing(PortalLines.file(List.of(march("API-TWICE", "20190308160000"), march("API-TWICE", "20190311160000"))),
                "vi")
                .andExpect(jsonPath("$.created").value(1)).andExpect(jsonPath("$.updated").value(1));
        assertThat(jdbc.sql("select appointment from index_dossier_fact where code = 'API-TWICE'")
                .query(java.sql.Timestamp.class).single().toLocalDateTime().toLocalDate())
                .isEqualTo(LocalDate.parse("2019-03-11"));
    }

    @Test
    void aDossierHandledInMotcuaIsNotOverwritten() throws Exception {
        String live = fixtures.receiveNotaryCard("011090004141", "Lò Văn Trực Tiếp").code();
        Await.until(() -> jdbc.sql("select count(*) from index_dossier_fact where code = ? and status is not null")
                .param(live).query(Integer.class).single() == 1);

        importing(PortalLines.file(List.of(march("API-LIVE-OK", "20190308160000"), march(live, "20190308160000"))),
                "vi")
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].code").value(live))
                .andExpect(jsonPath("$.errors[0].reason").value("MaHoSo đã là hồ sơ đang xử lý trên Motcua"));
        assertThat(jdbc.sql("select unit from index_dossier_fact where code = ?").param(live).query(String.class)
                .single()).isNotEqualTo(UNIT);
    }

    private ResultActions importing(byte[] body, String language) throws Exception {
        return mvc.perform(post("/api/v1/import/dossiers").with(httpBasic("admin", "motcua-demo"))
                .header("Accept-Language", language).contentType(NDJSON).content(body));
    }

    private CriterionScore onTime() {
        return index.report(UNIT, LocalDate.parse("2019-04-01"), LocalDate.parse("2019-04-30"))
                .criterion(Criterion.ON_TIME);
    }

    /** Received Monday 4 March 2019, due Friday 8 March (or as given), returned on the 8th. */
    private static String march(String code, String appointment) {
        return PortalLines.returned(code, UNIT, PROCEDURE, "20190304080000", appointment, "20190307100000",
                "20190308090000");
    }

    /** Received Monday 1 April 2019, due Friday 5 April 16:00, done as given, returned the same day at 16:30. */
    private static String april(String code, String done) {
        return PortalLines.returned(code, UNIT, PROCEDURE, "20190401080000", "20190405160000", done,
                done.substring(0, 8) + "163000");
    }
}
