package vn.motcua.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierView;
import vn.motcua.web.WebTestSupport;

/**
 * Applicant accounts over HTTP: registering, the two log-in forms that each know only their own
 * people, the pages each side may open, and "my dossiers".
 */
@MotcuaIntegrationTest
class AccountPagesTest {

    static final String PASSWORD = "mot cau chuyen dai";

    @Autowired
    WebApplicationContext context;
    @Autowired
    PortalFixtures fixtures;
    @Autowired
    vn.motcua.dossier.DossierFixtures dossierFixtures;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    String register(String idNumber, String name) throws Exception {
        mvc.perform(post("/account/register").with(csrf()).param("type", "CITIZEN").param("idNumber", idNumber)
                        .param("fullName", name).param("phone", "0912345678").param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD))
                .andExpect(redirectedUrl("/account/login?registered"));
        return idNumber;
    }

    MockHttpSession logIn(String path, String nameField, String name, String password, String expectedRedirect)
            throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post(path).session(session).with(csrf()).param(nameField, name).param("password", password))
                .andExpect(redirectedUrl(expectedRedirect));
        return session;
    }

    @Test
    void aLoggedInCitizenStartsAnOnlineSubmissionWithTheirDetailsFilledIn() throws Exception {
        String mine = register(PortalFixtures.newIdNumber(), "Sùng Thị Mỷ");
        MockHttpSession session = logIn("/account/login", "idNumber", mine, PASSWORD, "/account/dossiers");
        var started = mvc.perform(post("/submit/1.001612").session(session).with(csrf())).andReturn().getResponse();
        jakarta.servlet.http.Cookie draft = java.util.Arrays.stream(started.getCookies())
                .filter(c -> c.getName().equals("motcua-draft")).findFirst().orElseThrow();
        mvc.perform(post("/submit/1.001612/who").session(session).cookie(draft).with(csrf())
                .param("applyingAs", "MYSELF"));
        mvc.perform(get("/submit/1.001612/applicant").session(session).cookie(draft))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("value=\"Sùng Thị Mỷ\""),
                        org.hamcrest.Matchers.containsString("value=\"" + mine + "\""))));
    }

    @Test
    void aCitizenRegistersLogsInAndSeesTheirOwnDossiersOnly() throws Exception {
        String mine = register(PortalFixtures.newIdNumber(), "Lò Thị Hoa");
        String code = fixtures.received(mine, "Lò Thị Hoa").code();
        String someoneElses = fixtures.received(PortalFixtures.newIdNumber(), "Quàng Văn Minh").code();

        MockHttpSession session = logIn("/account/login", "idNumber", mine, PASSWORD, "/account/dossiers");
        String html = mvc.perform(get("/account/dossiers").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains(code, "Đã tiếp nhận", "Lò Thị Hoa").doesNotContain(someoneElses);
        assertThat(mvc.perform(get("/account/documents").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("/follow/" + code + "/documents/receipt.pdf");
        mvc.perform(get("/follow/" + code + "/documents/receipt.pdf").session(session)).andExpect(status().isOk());
        mvc.perform(get("/follow/" + someoneElses).session(session)).andExpect(status().isNotFound());
    }

    @Test
    void myDocumentsListTheResultOfAReturnedDossierForDownload() throws Exception {
        String mine = register(PortalFixtures.newIdNumber(), "Lò Thị Hoa");
        DossierView d = dossierFixtures.act("tiepnhan", fixtures.received(mine, "Lò Thị Hoa"),
                new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        fixtures.finishAndReturn(d.code());

        MockHttpSession session = logIn("/account/login", "idNumber", mine, PASSWORD, "/account/dossiers");
        String download = "/follow/" + d.code() + "/results/" + d.code() + "-KQ1";
        assertThat(mvc.perform(get("/account/documents").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(download, PortalFixtures.RESULT_FILE);
        assertThat(mvc.perform(get(download).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(vn.motcua.web.OfficeSamples.pdf());
    }

    @Test
    void aSecondAccountForTheSameIdNumberIsRefusedWithoutSayingWhoseItIs() throws Exception {
        String idNumber = register(PortalFixtures.newIdNumber(), "Lò Thị Hoa");
        String html = mvc.perform(post("/account/register").with(csrf()).param("type", "CITIZEN")
                        .param("idNumber", idNumber).param("fullName", "Người khác").param("phone", "0987654321")
                        .param("password", PASSWORD).param("passwordConfirmation", PASSWORD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Không thể đăng ký với số này", "href=\"#idNumber\"", "value=\"Người khác\"")
                .doesNotContain("Lò Thị Hoa").doesNotContain(PASSWORD);
    }

    @Test
    void officersAndApplicantsCannotUseEachOthersLoginOrPages() throws Exception {
        String applicant = register(PortalFixtures.newIdNumber(), "Lò Thị Hoa");

        logIn("/account/login", "idNumber", "tiepnhan", "motcua-demo", "/account/login?error");
        logIn("/login", "username", applicant, PASSWORD, "/login?error");

        MockHttpSession applicantSession = logIn("/account/login", "idNumber", applicant, PASSWORD,
                "/account/dossiers");
        mvc.perform(get("/office").session(applicantSession)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/dossiers/x").session(applicantSession)).andExpect(status().isUnauthorized());

        MockHttpSession officerSession = logIn("/login", "username", "tiepnhan", "motcua-demo", "/office");
        mvc.perform(get("/account/dossiers").session(officerSession)).andExpect(redirectedUrl("/account/login"));
    }

    @Test
    void anApplicantChangesTheirPasswordOnlyWithTheCurrentOne() throws Exception {
        String applicant = register(PortalFixtures.newIdNumber(), "Lò Thị Hoa");
        MockHttpSession session = logIn("/account/login", "idNumber", applicant, PASSWORD, "/account/dossiers");

        String refused = mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", "sai mat khau").param("newPassword", "mat khau moi dai")
                        .param("newPasswordConfirmation", "mat khau moi dai"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Mật khẩu hiện tại không đúng", "href=\"#currentPassword\"");

        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "mat khau moi dai").param("newPasswordConfirmation", "mat khau moi dai"))
                .andExpect(redirectedUrl("/account/dossiers"));
        logIn("/account/login", "idNumber", applicant, PASSWORD, "/account/login?error");
        logIn("/account/login", "idNumber", applicant, "mat khau moi dai", "/account/dossiers");
    }
}
