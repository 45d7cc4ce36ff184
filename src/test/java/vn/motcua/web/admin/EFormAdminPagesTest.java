package vn.motcua.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.catalog.Catalog;
import vn.motcua.web.WebTestSupport;

/** The administrators' e-form editor: faults listed in Vietnamese with a 400, a valid schema saved, others kept out. */
@MotcuaIntegrationTest
class EFormAdminPagesTest {

    static final String PAGE = "/admin/procedures/1.001193/eform";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Catalog catalog;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @Test
    void theEditorShowsTheSchemaAndItsFieldsAndSavesItAgain() throws Exception {
        String page = WebTestSupport.html(mvc, get(PAGE).with(WebTestSupport.as(context, "admin")));
        assertThat(page).contains("Biểu mẫu điện tử (tờ khai)", "soDinhDanhMe", "Nguồn: tài khoản VNeID",
                "Tờ khai đăng ký khai sinh (hoặc mẫu điện tử tương tác khi nộp trực tuyến)");
        String schema = catalog.eformText(catalog.inForce("1.001193").versionId()).orElseThrow();
        mvc.perform(post(PAGE).param("schema", schema).with(WebTestSupport.as(context, "admin"))
                .with(WebTestSupport.formToken())).andExpect(redirectedUrl(PAGE));
        assertThat(catalog.eformText(catalog.inForce("1.001193").versionId())).contains(schema);
    }

    @Test
    void aFaultySchemaIsRefusedWith400AndItsFaultsInVietnamese() throws Exception {
        assertThat(refused("{\"component\": \"Tờ khai\", \"sectons\": []}"))
                .contains("Biểu mẫu phải là JSON đúng cấu trúc", "sectons");
        assertThat(refused("""
                {"component": "Giấy không công bố", "sections": [{"key": "a", "title": "Phần một", "fields": [
                  {"key": "ngaySinh", "label": "Ngày sinh", "type": "TEXT", "prefill": "POPULATION_BIRTH_DATE"}]}]}"""))
                .contains("Thành phần hồ sơ &quot;Giấy không công bố&quot; không có trong phiên bản đang hiệu lực",
                        "Nguồn điền sẵn của trường &quot;ngaySinh&quot; chỉ điền được trường kiểu DATE");
        assertThat(refused("x".repeat(20_001))).containsPattern("Tối đa 20[.,]000 ký tự");
        assertThat(catalog.eform(catalog.inForce("1.001193").versionId())).as("the saved schema is untouched")
                .hasValueSatisfying(form -> assertThat(form.sections()).hasSize(3));
    }

    @Test
    void onlyAdministratorsEditIt() throws Exception {
        mvc.perform(get(PAGE).with(WebTestSupport.as(context, "tiepnhan"))).andExpect(status().isForbidden());
        mvc.perform(post(PAGE).param("schema", "").with(WebTestSupport.as(context, "tiepnhan"))
                .with(WebTestSupport.formToken())).andExpect(status().isForbidden());
        assertThat(catalog.eform(catalog.inForce("1.001193").versionId())).isPresent();
    }

    private String refused(String schema) throws Exception {
        return mvc.perform(post(PAGE).param("schema", schema).with(WebTestSupport.as(context, "admin"))
                        .with(WebTestSupport.formToken()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
