package vn.motcua.web.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.archive.Archive;
import vn.motcua.archive.ArchivedDossier;
import vn.motcua.archive.Retention;
import vn.motcua.archive.Retentions;
import vn.motcua.archive.internal.Archiver;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierView;
import vn.motcua.web.WebTestSupport;

/**
 * The administrators' retention page (thời hạn bảo quản): the default and each procedure's retention shown, a
 * retention set through the form applies to a dossier archived afterwards, bad input answers 400 in Vietnamese
 * on the page, an unknown procedure 404, and no one but an administrator gets in.
 */
@MotcuaIntegrationTest
class RetentionPagesTest {

    static final String PAGE = "/admin/archive/retention";
    static final String PROCEDURE = DossierFixtures.COPY_CERTIFICATION;

    @Autowired WebApplicationContext context;
    @Autowired DossierFixtures fixtures;
    @Autowired TestClock clock;
    @Autowired Archiver archiver;
    @Autowired Archive archive;
    @Autowired Retentions retentions;
    @Autowired JsonMapper json;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @AfterEach
    void defaultAgain() {
        retentions.set(PROCEDURE, retentions.defaultRetention(), "admin");
        clock.reset();
    }

    @Test
    void aRetentionSetOnThePageIsShownAndAppliesToADossierArchivedAfterwards() throws Exception {
        retentions.set(PROCEDURE, Retention.ofYears(10), "admin");
        String before = html(get(PAGE).param("q", PROCEDURE));
        assertThat(before).contains("Thời hạn mặc định", "10 năm", PROCEDURE, "name=\"_csrf\"");

        mvc.perform(form(PROCEDURE).param("years", " 7 ").param("q", PROCEDURE).param("page", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PAGE + "?q=" + PROCEDURE + "&page=1"))
                .andExpect(flash().attribute("savedCode", PROCEDURE))
                .andExpect(flash().attribute("savedRetention", Retention.ofYears(7)));
        String after = html(get(PAGE).param("q", PROCEDURE).flashAttr("savedCode", PROCEDURE)
                .flashAttr("savedRetention", Retention.ofYears(7)));
        assertThat(after).contains("Đã đặt thời hạn bảo quản của thủ tục " + PROCEDURE + ": 7 năm.",
                "value=\"7\"");

        ArchivedDossier archived = archive.get(withdrawnAndArchived("011090005701", "2026-04-02T09:00"));
        assertThat(archived.retention()).isEqualTo(Retention.ofYears(7));
        assertThat(archived.lastDay()).isEqualTo(LocalDate.parse("2033-04-02"));
        JsonNode manifest = json.readTree(archived.manifestJson()).get("retention");
        assertThat(manifest.get("years").asInt()).isEqualTo(7);

        mvc.perform(form(PROCEDURE).param("permanent", "true")).andExpect(status().is3xxRedirection());
        assertThat(html(get(PAGE).param("q", PROCEDURE).param("lang", "en")))
                .contains("Retention of archived dossiers", "Permanent");
        assertThat(archive.get(withdrawnAndArchived("011090005702", "2026-04-03T09:00")).retention().isPermanent())
                .isTrue();
    }

    @Test
    void badRetentionsAnswerFourHundredWithTheReasonInVietnameseAndChangeNothing() throws Exception {
        retentions.set(PROCEDURE, Retention.ofYears(10), "admin");
        assertThat(refused(form(PROCEDURE).param("years", "mười")))
                .contains("Số năm bảo quản phải là số nguyên từ 1 đến 100.", "value=\"mười\"",
                        "href=\"#years-" + PROCEDURE + "\"");
        assertThat(refused(form(PROCEDURE).param("years", "0"))).contains("Số năm bảo quản phải từ 1 đến 100.");
        assertThat(refused(form(PROCEDURE).param("years", "101"))).contains("Số năm bảo quản phải từ 1 đến 100.");
        assertThat(refused(form(PROCEDURE).param("years", "99999999999"))).contains("phải là số nguyên");
        assertThat(refused(form(PROCEDURE))).contains("Nhập số năm bảo quản (từ 1 đến 100) hoặc chọn vĩnh viễn.");
        assertThat(refused(form(PROCEDURE).param("years", "5").param("permanent", "true")))
                .contains("Chỉ chọn một: số năm hoặc vĩnh viễn.");
        assertThat(refused(form(PROCEDURE).param("years", "5").param("permanent", "có"))).isNotBlank();
        assertThat(refused(get(PAGE).param("page", "0"))).contains("Số trang phải từ 1 đến");
        assertThat(refused(get(PAGE).param("q", "a".repeat(201)))).contains("Tối đa 200 ký tự.");
        mvc.perform(form("9.999999").param("years", "5")).andExpect(status().isNotFound());
        mvc.perform(form("9.999999").param("years", "x")).andExpect(status().isNotFound());
        assertThat(retentions.of(PROCEDURE)).isEqualTo(Retention.ofYears(10));
    }

    @Test
    void onlyAdministratorsGetIn() throws Exception {
        mvc.perform(get(PAGE).with(as("giamsat"))).andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/" + PROCEDURE).param("years", "3").with(csrf()).with(as("giamsat")))
                .andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/" + PROCEDURE).param("years", "3").with(as("admin")))
                .andExpect(status().isForbidden());
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection());
        assertThat(html(get("/admin"))).contains("href=\"" + PAGE + "\"");
    }

    /** A copy certification received, withdrawn (a closing status) and archived at once on that day. */
    private String withdrawnAndArchived(String idNumber, String at) {
        clock.setLocal(LocalDateTime.parse(at));
        DossierView d = fixtures.receiveCopyCertification(idNumber);
        String code = fixtures.act("tiepnhan.dienbienphu", d, new DossierCommand.Withdraw("Người nộp xin rút hồ sơ"))
                .code();
        archiver.archive(code, clock.instant());
        return code;
    }

    private MockHttpServletRequestBuilder form(String procedure) {
        return post(PAGE + "/" + procedure).with(csrf()).with(as("admin"));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return WebTestSupport.html(mvc, request.with(as("admin")));
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as("admin"))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        return WebTestSupport.as(context, username);
    }
}
