package vn.motcua.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
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

    /** Registers an account whose username is its ID number prefixed "u"; returns that username. */
    String register(String idNumber, String name) throws Exception {
        mvc.perform(post("/account/register").with(WebTestSupport.formToken()).param("username", "u" + idNumber).param("type", "CITIZEN")
                        .param("idNumber", idNumber)
                        .param("fullName", name).param("phone", "0912345678").param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD))
                .andExpect(redirectedUrl("/account/login?registered"));
        return "u" + idNumber;
    }

    MockHttpSession logIn(String path, String nameField, String name, String password, String expectedRedirect)
            throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post(path).session(session).with(WebTestSupport.formToken()).param(nameField, name).param("password", password))
                .andExpect(redirectedUrl(expectedRedirect));
        return session;
    }

    @Test
    void aLoggedInCitizenStartsAnOnlineSubmissionWithTheirDetailsFilledIn() throws Exception {
        String idNumber = PortalFixtures.newIdNumber();
        String mine = register(idNumber, "Sùng Thị Mỷ");
        MockHttpSession session = logIn("/account/login", "username", mine, PASSWORD, "/account/dossiers");
        var started = mvc.perform(post("/submit/1.001612").session(session).with(WebTestSupport.formToken())).andReturn().getResponse();
        jakarta.servlet.http.Cookie draft = java.util.Arrays.stream(started.getCookies())
                .filter(c -> c.getName().equals("motcua-draft")).findFirst().orElseThrow();
        mvc.perform(post("/submit/1.001612/who").session(session).cookie(draft).with(WebTestSupport.formToken())
                .param("applyingAs", "MYSELF"));
        mvc.perform(get("/submit/1.001612/applicant").session(session).cookie(draft))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("value=\"Sùng Thị Mỷ\""),
                        org.hamcrest.Matchers.containsString("value=\"" + idNumber + "\""))));
    }

    @Test
    void aCitizenRegistersLogsInAndSeesTheirOwnDossiersOnly() throws Exception {
        String idNumber = PortalFixtures.newIdNumber();
        String mine = register(idNumber, "Lò Thị Hoa");
        String code = fixtures.received(idNumber, "Lò Thị Hoa").code();
        String someoneElses = fixtures.received(PortalFixtures.newIdNumber(), "Quàng Văn Minh").code();

        MockHttpSession session = logIn("/account/login", "username", mine, PASSWORD, "/account/dossiers");
        link(session, code, idNumber);
        String html = mvc.perform(get("/account/dossiers").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains(code, "Đã tiếp nhận", "Lò Thị Hoa").doesNotContain(someoneElses);
        assertThat(mvc.perform(get("/account/documents").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("/follow/" + code + "/documents/receipt.pdf");
        mvc.perform(get("/follow/" + code + "/documents/receipt.pdf").session(session)).andExpect(status().isOk());
        mvc.perform(get("/follow/" + someoneElses).session(session))
                .andExpect(redirectedUrl("/follow?code=" + someoneElses));
    }

    @Test
    void myDocumentsListTheResultOfAReturnedDossierForDownload() throws Exception {
        String idNumber = PortalFixtures.newIdNumber();
        String mine = register(idNumber, "Lò Thị Hoa");
        DossierView d = dossierFixtures.act("tiepnhan", fixtures.received(idNumber, "Lò Thị Hoa"),
                new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        fixtures.finishAndReturn(d.code());

        MockHttpSession session = logIn("/account/login", "username", mine, PASSWORD, "/account/dossiers");
        link(session, d.code(), idNumber);
        String download = "/follow/" + d.code() + "/results/" + d.code() + "-KQ1";
        assertThat(mvc.perform(get("/account/documents").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(download, PortalFixtures.RESULT_FILE);
        // The result as sealed when the dossier was marked done: the draft's PDF with a signature (ByteRange).
        assertThat(new String(mvc.perform(get(download).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-").contains("/ByteRange");
    }

    @Test
    void registeringAVictimsIdNumberGrantsNothingAndNeverLocksTheVictimOut() throws Exception {
        String victimId = PortalFixtures.newIdNumber();
        String code = fixtures.received(victimId, "Lò Thị Hoa").code();

        String attacker = register(victimId, "Kẻ mạo danh");
        MockHttpSession attackerSession = logIn("/account/login", "username", attacker, PASSWORD,
                "/account/dossiers");
        assertThat(mvc.perform(get("/account/dossiers").session(attackerSession)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain(code, "Lò Thị Hoa");
        assertThat(mvc.perform(get("/account/documents").session(attackerSession)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain(code);
        mvc.perform(get("/follow/" + code).session(attackerSession))
                .andExpect(redirectedUrl("/follow?code=" + code));
        mvc.perform(get("/follow/" + code + "/documents/receipt.pdf").session(attackerSession))
                .andExpect(redirectedUrl("/follow?code=" + code));

        mvc.perform(post("/account/register").with(WebTestSupport.formToken()).param("username", "victim" + victimId)
                        .param("type", "CITIZEN").param("idNumber", victimId).param("fullName", "Lò Thị Hoa")
                        .param("phone", "0987654321").param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD))
                .andExpect(redirectedUrl("/account/login?registered"));
        MockHttpSession victim = logIn("/account/login", "username", "victim" + victimId, PASSWORD,
                "/account/dossiers");
        link(victim, code, victimId);
        assertThat(mvc.perform(get("/account/dossiers").session(victim)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(code, "Lò Thị Hoa");
        mvc.perform(get("/follow/" + code).session(attackerSession))
                .andExpect(redirectedUrl("/follow?code=" + code));
    }

    @Test
    void linkingWithTheWrongIdNumberIsNotFoundAndRateLimited() throws Exception {
        String code = fixtures.received(PortalFixtures.newIdNumber(), "Lò Thị Hoa").code();
        MockHttpSession session = logIn("/account/login", "username", register(PortalFixtures.newIdNumber(),
                "Kẻ dò"), PASSWORD, "/account/dossiers");
        String refused = mvc.perform(post("/account/link").session(session).with(WebTestSupport.formToken()).param("code", code)
                        .param("idNumber", PortalFixtures.newIdNumber()).with(r -> { r.setRemoteAddr("10.9.9.1");
                            return r; }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).doesNotContain("Lò Thị Hoa");
        mvc.perform(get("/follow/" + code).session(session))
                .andExpect(redirectedUrl("/follow?code=" + code));
        int status = 200;
        for (int i = 0; i < 20 && status != 429; i++) {
            var response = mvc.perform(post("/account/link").session(session).with(WebTestSupport.formToken()).param("code", code)
                    .param("idNumber", PortalFixtures.newIdNumber()).with(r -> { r.setRemoteAddr("10.9.9.1");
                        return r; })).andReturn().getResponse();
            status = response.getStatus();
            if (status == 429) {
                assertThat(response.getHeader("Retry-After")).isNotBlank();
            }
        }
        assertThat(status).isEqualTo(429);
    }

    void link(MockHttpSession session, String code, String idNumber) throws Exception {
        mvc.perform(post("/account/link").session(session).with(WebTestSupport.formToken()).param("code", code)
                .param("idNumber", idNumber)).andExpect(redirectedUrl("/account/dossiers"));
    }

    @Test
    void officersAndApplicantsCannotUseEachOthersLoginOrPages() throws Exception {
        String applicant = register(PortalFixtures.newIdNumber(), "Lò Thị Hoa");

        logIn("/account/login", "username", "tiepnhan", "motcua-demo", "/account/login?error");
        logIn("/login", "username", applicant, PASSWORD, "/login?error");

        MockHttpSession applicantSession = logIn("/account/login", "username", applicant, PASSWORD,
                "/account/dossiers");
        mvc.perform(get("/office").session(applicantSession)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/dossiers/x").session(applicantSession)).andExpect(status().isUnauthorized());

        MockHttpSession officerSession = logIn("/login", "username", "tiepnhan", "motcua-demo", "/office");
        mvc.perform(get("/account/dossiers").session(officerSession)).andExpect(redirectedUrl("/account/login"));
    }

    @Test
    void anApplicantChangesTheirPasswordOnlyWithTheCurrentOne() throws Exception {
        String applicant = register(PortalFixtures.newIdNumber(), "Lò Thị Hoa");
        MockHttpSession session = logIn("/account/login", "username", applicant, PASSWORD, "/account/dossiers");

        String refused = mvc.perform(post("/account/password").session(session).with(WebTestSupport.formToken())
                        .param("currentPassword", "sai mat khau").param("newPassword", "mat khau moi dai")
                        .param("newPasswordConfirmation", "mat khau moi dai"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Mật khẩu hiện tại không đúng", "href=\"#currentPassword\"");

        mvc.perform(post("/account/password").session(session).with(WebTestSupport.formToken()).param("currentPassword", PASSWORD)
                        .param("newPassword", "mat khau moi dai").param("newPasswordConfirmation", "mat khau moi dai"))
                .andExpect(redirectedUrl("/account/dossiers"));
        logIn("/account/login", "username", applicant, PASSWORD, "/account/login?error");
        logIn("/account/login", "username", applicant, "mat khau moi dai", "/account/dossiers");
    }
}
