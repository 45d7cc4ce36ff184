package vn.motcua.web.nationalcatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.nationalcatalog.NationalCatalogSimulator;
import vn.motcua.nationalcatalog.NationalProcedure;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.web.WebTestSupport;

/**
 * The administrator's national catalog pages: a sync from the page, the changed procedure with what changed,
 * an adoption refused with its reasons on the same form, a new one opening the catalog's form prefilled, the
 * simulator's answer while down, and the 400 past the limits of the list's query.
 */
@MotcuaIntegrationTest
class NationalCatalogPagesTest {

    @Autowired WebApplicationContext context;
    @Autowired NationalCatalogSimulator simulator;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @AfterEach
    void restore() {
        simulator.setMode(SimulatorMode.UP);
        simulator.reset();
    }

    @Test
    void theAdministratorSyncsSeesWhatChangedAndIsToldWhatAnAdoptionLacks() throws Exception {
        mvc.perform(admin(post("/admin/national-catalog/sync")).with(WebTestSupport.formToken()))
                .andExpect(status().is3xxRedirection());
        String stamp = String.valueOf(System.nanoTime());
        String added = "8." + stamp.substring(stamp.length() - 6);
        List<NationalProcedure> listing = new java.util.ArrayList<>(simulator.bundled().stream()
                .map(p -> p.code().equals("1.001266") ? new NationalProcedure(p.code(), p.name(), "77/QĐ-BTC-" + stamp,
                        p.field(), p.applicants(), p.result(), p.resultCode(), p.ministry(), p.source(), p.levels()) : p)
                .toList());
        listing.add(new NationalProcedure(added, "Thủ tục thử " + stamp, "1/QĐ-BTC", "Đăng ký kinh doanh",
                "Công dân Việt Nam", "Giấy chứng nhận", null, "bo-tai-chinh", "https://dichvucong.gov.vn/y",
                List.of("Cấp tỉnh")));
        simulator.serve(listing);
        mvc.perform(admin(post("/admin/national-catalog/sync")).with(WebTestSupport.formToken()))
                .andExpect(status().is3xxRedirection());

        assertThat(html(get("/admin/national-catalog"))).contains("1.001266", "Đồng bộ ngay");
        assertThat(html(get("/admin/national-catalog/1.001266"))).contains("Những gì đã thay đổi",
                "77/QĐ-BTC-" + stamp, "Áp dụng và công bố");
        String refused = html(post("/admin/national-catalog/1.001266/adopt").param("decisionNumber", "")
                .param("decisionSignedOn", "31/02/2026").param("decisionEffectiveFrom", "")
                .with(WebTestSupport.formToken()));
        assertThat(refused).contains("error-summary", "Nhập số quyết định công bố.", "Nhập ngày quyết định có hiệu lực.");

        assertThat(html(get("/admin/national-catalog").param("status", "NEW").param("q", stamp)))
                .contains(added, "Thủ tục thử " + stamp);
        assertThat(html(get("/admin/procedures/new").param("national", added)))
                .contains("value=\"" + added + "\"", "Thủ tục thử " + stamp);
    }

    @Test
    void theSimulatorAnswers503WhileDownAndTheListRefusesAQueryPastItsLimits() throws Exception {
        simulator.setMode(SimulatorMode.DOWN);
        mvc.perform(get(NationalCatalogSimulator.PATH + "/procedures")).andExpect(status().isServiceUnavailable());
        simulator.setMode(SimulatorMode.UP);
        mvc.perform(admin(get("/admin/national-catalog").param("q", "x".repeat(201))))
                .andExpect(status().isBadRequest());
        mvc.perform(admin(get("/admin/national-catalog").param("status", "GONE"))).andExpect(status().isBadRequest());
        mvc.perform(admin(get("/admin/national-catalog").param("page", "0"))).andExpect(status().isBadRequest());
        mvc.perform(admin(get("/admin/national-catalog/0.000000"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/national-catalog").with(WebTestSupport.as(context, "tiepnhan")))
                .andExpect(status().isForbidden());
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return WebTestSupport.html(mvc, admin(request));
    }

    private MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.with(WebTestSupport.as(context, "admin"));
    }
}
