package vn.motcua.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.CatalogForms;
import vn.motcua.catalog.ProcedureForm;
import vn.motcua.web.WebTestSupport;

/**
 * The portal shows citizens what the catalog publishes: the source of the data and notes about the
 * listing stay on the administrators' page; online submission is offered, by the button and by the
 * submit address alike, only where the version publishes an online level or an administrator enabled
 * it, and the administrators' page says who did and when.
 */
@MotcuaIntegrationTest
class CatalogPublicationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Catalog catalog;
    @Autowired
    CatalogAdministration administration;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @Test
    void thePublicPageHasNoCrawlAddressNorDataNoteWhichTheAdministratorsPageKeeps() throws Exception {
        String page = WebTestSupport.html(mvc, get("/procedures/1.000894"));
        assertThat(page).contains("Thủ tục đăng ký kết hôn")
                .doesNotContain("dichvucong.gov.vn", "github.com", "Danh mục quốc gia ghi", "tạm tính theo ngày làm việc");
        String fees = WebTestSupport.html(mvc, get("/procedures/2.001827"));
        assertThat(fees).contains("700.000 đồng").doesNotContain("cột số tiền hiển thị");

        String admin = WebTestSupport.html(mvc, get("/admin/procedures/1.000894").with(WebTestSupport.as(context, "admin")));
        assertThat(admin).contains("dichvucong.gov.vn", "Danh mục quốc gia ghi &#39;1&#39; không kèm đơn vị thời gian",
                "tạm tính theo ngày làm việc");
    }

    @Test
    void aProcedureWithoutAPublishedOnlineLevelIsNotTakenOnlineNotEvenByItsAddress() throws Exception {
        String page = WebTestSupport.html(mvc, get("/procedures/1.013225"));
        assertThat(page).doesNotContain("href=\"/submit/1.013225\"")
                .contains("cổng này chưa nhận hồ sơ trực tuyến cho thủ tục này");
        mvc.perform(get("/submit/1.013225")).andExpect(status().isNotFound());
        mvc.perform(post("/submit/1.013225").with(WebTestSupport.formToken())).andExpect(status().isNotFound());

        assertThat(WebTestSupport.html(mvc, get("/procedures/1.012575"))).as("published as fully online")
                .contains("href=\"/submit/1.012575\"");
    }

    @Test
    void theDemoOffersHouseholdBusinessRegistrationOnlineAsARecordedChoice() throws Exception {
        assertThat(catalog.inForce("1.001612").content().onlineLevel()).isNull();
        assertThat(catalog.inForce("1.001612").onlineEnabled().by()).isEqualTo("seed:demo");
        assertThat(WebTestSupport.html(mvc, get("/procedures/1.001612"))).contains("href=\"/submit/1.001612\"");
        assertThat(WebTestSupport.html(mvc, get("/admin/procedures/1.001612").with(WebTestSupport.as(context, "admin"))))
                .contains("theo quyết định của seed:demo lúc");
    }

    @Test
    void anAdministratorEnablesOnlineSubmissionWhichIsRecordedKeptByANewVersionAndWithdrawn() throws Exception {
        administration.create(withoutOnlineLevel("1.980201", "201/QĐ-UBND"));
        mvc.perform(post("/submit/1.980201").with(WebTestSupport.formToken())).andExpect(status().isNotFound());

        mvc.perform(post("/admin/procedures/1.980201/online").param("enabled", "true")
                        .with(WebTestSupport.as(context, "admin")).with(WebTestSupport.formToken()))
                .andExpect(redirectedUrl("/admin/procedures/1.980201"));
        assertThat(catalog.inForce("1.980201").onlineEnabled().by()).isEqualTo("admin");
        assertThat(WebTestSupport.html(mvc, get("/admin/procedures/1.980201").with(WebTestSupport.as(context, "admin"))))
                .contains("theo quyết định của admin lúc", "Thôi nhận hồ sơ trực tuyến");
        mvc.perform(post("/submit/1.980201").with(WebTestSupport.formToken()))
                .andExpect(redirectedUrl("/submit/1.980201/who"));

        administration.revise("1.980201", withoutOnlineLevel("1.980201", "202/QĐ-UBND"));
        assertThat(catalog.inForce("1.980201").version()).isEqualTo(2);
        assertThat(catalog.inForce("1.980201").offersOnline()).as("kept by the new version").isTrue();

        mvc.perform(post("/admin/procedures/1.980201/online").param("enabled", "false")
                .with(WebTestSupport.as(context, "admin")).with(WebTestSupport.formToken()));
        assertThat(WebTestSupport.html(mvc, get("/procedures/1.980201"))).doesNotContain("href=\"/submit/1.980201\"");
        mvc.perform(get("/submit/1.980201")).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsChangeTheOnlineOffer() throws Exception {
        mvc.perform(post("/admin/procedures/1.013225/online").param("enabled", "true")
                        .with(WebTestSupport.as(context, "tiepnhan")).with(WebTestSupport.formToken()))
                .andExpect(status().isForbidden());
        assertThat(catalog.inForce("1.013225").offersOnline()).isFalse();
    }

    /** The test procedure of {@link CatalogForms#valid}, online listed but no online level published. */
    private static ProcedureForm withoutOnlineLevel(String code, String decision) {
        ProcedureForm f = CatalogForms.valid(code, "Thủ tục chưa công bố mức độ trực tuyến", decision);
        return new ProcedureForm(f.code(), f.name(), f.field(), f.level(), f.agency(), f.steps(), f.methods(),
                f.components(), f.timeLimitValue(), f.timeLimitUnit(), f.timeLimitNote(), f.timeLimitSameDay(),
                f.applicants(), f.units(), f.feesUnknown(), f.fees(), "", f.resultDocument(), f.resultPaperRequired(),
                f.resultLeaderSigns(), f.decisionNumber(), f.decisionSignedOn(), f.decisionEffectiveFrom(), f.legalBasis(), f.process(),
                f.source());
    }
}
