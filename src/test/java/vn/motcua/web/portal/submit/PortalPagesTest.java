package vn.motcua.web.portal.submit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.Await;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.CatalogForms;
import vn.motcua.catalog.ProcedureForm;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.web.WebTestSupport;

/** The citizens' way in: the home page, the fully-online filter, and the procedure page's forecast and button. */
@MotcuaIntegrationTest
class PortalPagesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestClock clock;
    @Autowired
    Catalog catalog;
    @Autowired
    CatalogAdministration administration;
    @Autowired
    DossierFixtures fixtures;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theHomePageOffersTheMostUsedProceduresBeforeTheFields() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Thủ tục được dùng nhiều"),
                        containsString("href=\"/procedures?online=true\""), containsString("Cần hỗ trợ?"))));
    }

    @Test
    void theHomePageRanksProceduresByTheirDossiers(@Autowired JdbcClient jdbc) throws Exception {
        String code = fixtures.receiveNotaryCard("011090003333", "Giàng A Páo").code();
        // The index's listener records the dossier after the commit; then, past the ranking's freshness,
        // the home page counts again.
        Await.until(() -> jdbc.sql("select count(*) from index_dossier_fact where code = ? and status is not null").param(code)
                .query(Long.class).single() == 1);
        clock.setLocal(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(1));
        mvc.perform(get("/")).andExpect(content().string(containsString(
                "<a href=\"/procedures/1.013859\">Cấp thẻ công chứng viên</a>")));
    }

    @Test
    void theSearchCanKeepOnlyProceduresDoneFullyOnline() throws Exception {
        String code = "1.970001";
        if (catalog.findInForce(code).isEmpty()) {
            administration.create(fullyOnline(CatalogForms.valid(code, "Thủ tục thử toàn trình", "70/QĐ-UBND")));
        }
        mvc.perform(get("/procedures").param("online", "true")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Thủ tục thử toàn trình"),
                        not(containsString("Thủ tục đăng ký khai sinh")), containsString("name=\"online\" value=\"true\" checked"))));
    }

    @Test
    void theProcedurePageForecastsTheReturnDateAndLeadsToTheOnlineSubmission() throws Exception {
        clock.setLocal(LocalDateTime.parse("2026-03-06T16:00")); // a Friday: 3 working days skip the weekend
        mvc.perform(get("/procedures/1.001612")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/submit/1.001612\""),
                        containsString("Nộp hồ sơ trực tuyến"),
                        containsString("Nếu nộp bây giờ (16:00 ngày 06/03/2026)"), containsString("11/03/2026, lúc 16:00"),
                        containsString("Đã không tính 2 ngày nghỉ"))));
    }

    @Test
    void outsideWorkingHoursTheForecastSaysWhenCountingStarts() throws Exception {
        clock.setLocal(LocalDateTime.parse("2026-03-07T10:00")); // a Saturday
        mvc.perform(get("/procedures/1.001612").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Apply online"),
                        containsString("As that is outside working hours, the time limit counts from 07:00 on 09/03/2026."))));
    }

    private static ProcedureForm fullyOnline(ProcedureForm f) {
        return new ProcedureForm(f.code(), f.name(), f.field(), f.level(), f.agency(), f.steps(), f.methods(),
                f.components(), f.timeLimitValue(), f.timeLimitUnit(), f.timeLimitNote(), f.timeLimitSameDay(),
                f.applicants(), f.units(), f.feesUnknown(), f.fees(), "full", f.resultDocument(),
                f.resultPaperRequired(), f.resultLeaderSigns(), f.decisionNumber(), f.decisionSignedOn(), f.decisionEffectiveFrom(),
                f.legalBasis(), f.process(), f.source());
    }
}
