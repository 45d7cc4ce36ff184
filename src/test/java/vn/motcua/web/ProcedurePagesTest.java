package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.VersionStatus;

@MotcuaIntegrationTest
class ProcedurePagesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Catalog catalog;

    MockMvc mvc;
    UserDetails admin;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
        admin = WebTestSupport.officer(context, "admin");
    }

    @Test
    void theSearchPageFindsProceduresWithoutDiacritics() throws Exception {
        mvc.perform(get("/procedures").param("q", "dang ky khai sinh")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Thủ tục đăng ký khai sinh"),
                        containsString("href=\"/procedures/1.001193\""))));
    }

    @Test
    void theProcedurePageShowsTheSevenPartsAndTheProcessButNotTheSourceOfTheData() throws Exception {
        mvc.perform(get("/procedures/1.001193")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2. Trình tự thực hiện"),
                        containsString("4. Thành phần hồ sơ"), containsString("7. Cơ quan thực hiện"),
                        containsString("Quy trình nội bộ"), containsString("Thẩm định hồ sơ"),
                        containsString("123/QĐ-UBND"), not(containsString("dichvucong.gov.vn")))));
    }

    @Test
    void theProcedurePageSpeaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/procedures/1.001193").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("4. Documents to submit"),
                        containsString("Internal process"))));
    }

    @Test
    void anonymousVisitorsAreSentToLoginFromTheAdminPages() throws Exception {
        mvc.perform(get("/admin/procedures")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anAdministratorCreatesAProcedureThroughTheForm() throws Exception {
        mvc.perform(get("/admin/procedures/new").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"process[4].share\"")));

        var saved = mvc.perform(validForm(post("/admin/procedures"), "1.980001", "Thủ tục tạo qua biểu mẫu",
                "11/QĐ-UBND")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/procedures"))
                .andReturn().getFlashMap();

        var created = catalog.inForce("1.980001");
        assertThat(created.content().name()).isEqualTo("Thủ tục tạo qua biểu mẫu");
        assertThat(created.content().components()).singleElement()
                .satisfies(c -> assertThat(c.mustDigitise()).isTrue());
        assertThat(created.content().fees()).singleElement().satisfies(f -> assertThat(f.amountVnd()).isEqualTo(50_000L));
        mvc.perform(get("/admin/procedures").with(user(admin)).flashAttrs(saved))
                .andExpect(content().string(containsString("Đã công bố thủ tục 1.980001, phiên bản 1.")));
    }

    @Test
    void aRefusedFormComesBackWithLinkedErrorsAndEverythingTyped() throws Exception {
        mvc.perform(form(post("/admin/procedures"), "1.980002", "Tên vẫn được giữ nguyên", "12/QĐ-UBND", 95))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"#process\""),
                        containsString("cộng lại bằng 105%"),
                        containsString("value=\"Tên vẫn được giữ nguyên\""),
                        containsString("value=\"Tờ khai\""))));
        assertThat(catalog.findInForce("1.980002")).isEmpty();
    }

    @Test
    void anAdministratorPublishesANewVersionAndRetiresThroughTheForms() throws Exception {
        mvc.perform(validForm(post("/admin/procedures"), "1.980003", "Thủ tục phiên bản qua biểu mẫu", "13/QĐ-UBND"));
        mvc.perform(get("/admin/procedures/1.980003/edit").with(user(admin))).andExpect(status().isOk());
        mvc.perform(validForm(post("/admin/procedures/1.980003"), "", "Thủ tục phiên bản hai", "14/QĐ-UBND"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.inForce("1.980003").version()).isEqualTo(2);

        mvc.perform(get("/procedures/1.980003/versions/1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đây là phiên bản 1, không còn hiệu lực.")));

        mvc.perform(post("/admin/procedures/1.980003/retire").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.version("1.980003", 2).status()).isEqualTo(VersionStatus.RETIRED);
        mvc.perform(get("/procedures/1.980003")).andExpect(status().isOk())
                .andExpect(content().string(containsString("đã bị bãi bỏ")));
    }

    private MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String code, String name,
            String decision) {
        return form(request, code, name, decision, 90);
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String code, String name,
            String decision, int appraisalShare) {
        return request.with(user(admin)).with(csrf())
                .param("code", code).param("name", name).param("field", "Lĩnh vực thử nghiệm").param("level", "commune")
                .param("agency", "Ủy ban nhân dân cấp xã").param("steps", "Nộp hồ sơ\nGiải quyết")
                .param("methods", "counter", "online")
                .param("components[0].name", "Tờ khai").param("components[0].originals", "1")
                .param("components[0].copies", "0").param("components[0].formTemplate", "")
                .param("components[0].digitise", "true")
                .param("components[1].name", "").param("components[1].originals", "1")
                .param("components[1].copies", "0").param("components[1].formTemplate", "")
                .param("timeLimitValue", "3").param("timeLimitUnit", "working_days")
                .param("applicants", "citizen").param("units", "000.01.31.H18")
                .param("fees[0].name", "Lệ phí").param("fees[0].amount", "50.000").param("fees[0].note", "")
                .param("decisionNumber", decision).param("decisionSignedOn", "2026-03-01")
                .param("decisionEffectiveFrom", "15/03/2026").param("legalBasis", "Luật Hộ tịch")
                .param("process[0].name", "Tiếp nhận").param("process[0].role", "RECEPTION")
                .param("process[0].unit", "receiving").param("process[0].share", "10")
                .param("process[1].name", "Giải quyết").param("process[1].role", "SPECIALIST")
                .param("process[1].unit", "competent").param("process[1].share", String.valueOf(appraisalShare - 10))
                .param("process[2].name", "Trả kết quả").param("process[2].role", "RECEPTION")
                .param("process[2].unit", "receiving").param("process[2].share", "10");
    }
}
