package vn.motcua.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.web.WebTestSupport;

/**
 * The administrators' forms past the documented limits (README "Input limits": names 200 characters,
 * procedure titles 500, fees up to 10^12 đồng) come back with the limit next to the field, and nothing is
 * saved: no unit, no officer, no token, no calendar day, no procedure version.
 */
@MotcuaIntegrationTest
class AdminLimitsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aUnitNameOfMoreThanTwoHundredCharactersIsRefused() throws Exception {
        refused(post("/admin/units").param("identifier", "000.11.32.H18").param("name", "x".repeat(201))
                .param("level", "COMMUNE").param("kind", "COMMUNE").param("parent", "000.00.00.H18"),
                "organization_unit", "Tối đa 200 ký tự.");
    }

    @Test
    void anOfficersNameOfMoreThanTwoHundredCharactersIsRefused() throws Exception {
        refused(post("/admin/officers").param("username", "dai.ten").param("fullName", "Lò ".repeat(100))
                .param("role", "RECEPTION").param("unit", "000.02.31.H18").param("password", "mat-khau-rat-dai"),
                "organization_officer", "Tối đa 200 ký tự.");
    }

    @Test
    void anApiTokenNameOfMoreThanTwoHundredCharactersIsRefused() throws Exception {
        refused(post("/admin/tokens").param("officer", "tiepnhan").param("name", "t".repeat(201))
                .param("expiresOn", ""), "organization_api_token", "Tối đa 200 ký tự.");
    }

    @Test
    void aCalendarDayNameOfMoreThanTwoHundredCharactersIsRefused() throws Exception {
        refused(post("/admin/calendar").param("date", "2026-12-19").param("kind", "MAKEUP_WORKING_DAY")
                .param("name", "n".repeat(201)), "organization_calendar_override", "Tối đa 200 ký tự.");
    }

    @Test
    void aProcedureNameOverFiveHundredCharactersAndAFeeOverATrillionAreRefused() throws Exception {
        refused(post("/admin/procedures").param("code", "1.980091").param("name", "T".repeat(501))
                .param("field", "Lĩnh vực thử nghiệm").param("level", "commune").param("agency", "UBND cấp xã")
                .param("steps", "Nộp hồ sơ").param("methods", "counter").param("components[0].name", "Tờ khai")
                .param("components[0].originals", "1").param("components[0].copies", "0")
                .param("timeLimitValue", "3").param("timeLimitUnit", "working_days").param("applicants", "citizen")
                .param("units", "000.01.31.H18").param("fees[0].name", "Lệ phí")
                .param("fees[0].amount", "1.000.000.000.001").param("decisionNumber", "91/QĐ-UBND")
                .param("decisionSignedOn", "2026-03-01").param("decisionEffectiveFrom", "2026-03-15")
                .param("legalBasis", "Luật Hộ tịch").param("process[0].name", "Tiếp nhận")
                .param("process[0].role", "RECEPTION").param("process[0].unit", "receiving")
                .param("process[0].share", "10").param("process[1].name", "Giải quyết")
                .param("process[1].role", "SPECIALIST").param("process[1].unit", "competent")
                .param("process[1].share", "80").param("process[2].name", "Trả kết quả")
                .param("process[2].role", "RECEPTION").param("process[2].unit", "receiving")
                .param("process[2].share", "10"),
                "catalog_procedure_version", "Tối đa 500 ký tự.", "Số tiền phải từ 0 đến 1.000.000.000.000 đồng.");
    }

    private void refused(MockHttpServletRequestBuilder form, String table, String... messages) throws Exception {
        long before = rows(table);
        String html = WebTestSupport.mockMvc(context).perform(form.with(WebTestSupport.as(context, "admin"))
                .with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(messages);
        assertThat(rows(table)).as("nothing saved").isEqualTo(before);
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
