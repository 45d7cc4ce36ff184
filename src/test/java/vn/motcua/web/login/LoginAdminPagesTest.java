package vn.motcua.web.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.web.login.LoginDriver.PASSWORD;
import static vn.motcua.web.login.LoginDriver.newAddress;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.login.LoginAuditEntry;
import vn.motcua.login.LoginEvent;
import vn.motcua.login.LoginScope;
import vn.motcua.web.WebTestSupport;

/** {@code /admin/logins}: administrators see who is held, lift it, and read the audit; nobody else may. */
@MotcuaIntegrationTest
class LoginAdminPagesTest extends LoginTestBase {


    @Test
    void anAdministratorSeesTheLockAndLiftsIt() throws Exception {
        String officer = LoginDriver.newOfficer(officers);
        String address = newAddress();
        browser.fail(address, officer, 10);

        assertThat(html(get("/admin"))).contains("href=\"/admin/logins\"", "Đăng nhập: khoá và nhật ký");
        String page = html(get("/admin/logins"));
        assertThat(row(page, officer)).contains("Tài khoản cán bộ", "Bị khoá", "<td>10</td>", "07/12/2026 09:00:00",
                "07/12/2026 09:18:00", "07/12/2026 09:33:00", "Mở khoá", "name=\"_csrf\"");
        assertThat(row(page, address)).as("10 failures of an address hold nothing").isEmpty();
        assertThat(page).contains("Sai mật khẩu");

        MockHttpSession session = new MockHttpSession();
        mvc.perform(unlock(officer).session(session).with(admin())).andExpect(redirectedUrl("/admin/logins"));
        assertThat(mvc.perform(get("/admin/logins").session(session).with(admin())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Đã mở khoá " + officer + ".");
        assertThat(row(html(get("/admin/logins")), officer)).as("no longer listed").isEmpty();
        assertThat(browser.logIn(address, officer, PASSWORD)).as("still 09:18").isEqualTo("/office");

        LoginAuditEntry lifted = logins.audit(1).entries().stream()
                .filter(e -> e.event() == LoginEvent.UNLOCKED && officer.equals(e.username())).findFirst().orElseThrow();
        assertThat(lifted.actor()).isEqualTo("admin");
        assertThat(html(get("/admin/logins"))).contains("Được mở khoá");
    }

    @Test
    void aSlowedClientAddressIsListedAndLiftedToo() throws Exception {
        String officer = LoginDriver.newOfficer(officers);
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            browser.fail(address, LoginDriver.unique("doan" + i + "."), 1);
        }
        assertThat(row(html(get("/admin/logins")), address)).contains("Địa chỉ máy", "Bị làm chậm", "<td>20</td>",
                "07/12/2026 09:38:05");
        mvc.perform(post("/admin/logins/unlock").with(csrf()).with(admin()).param("scope", "CLIENT")
                .param("subject", address)).andExpect(redirectedUrl("/admin/logins"));
        assertThat(browser.logIn(address, officer, PASSWORD)).isEqualTo("/office");
        assertThat(logins.audit(1).entries().getFirst()).extracting(LoginAuditEntry::event, LoginAuditEntry::client,
                LoginAuditEntry::username, LoginAuditEntry::actor).containsExactly(LoginEvent.UNLOCKED, address, null,
                "admin");
    }

    @Test
    void onlyAnAdministratorMayOpenThePageOrUnlockAndOnlyWithTheFormsToken() throws Exception {
        String officer = LoginDriver.newOfficer(officers);
        String address = newAddress();
        browser.fail(address, officer, 10);
        RequestPostProcessor reception = user(WebTestSupport.officer(context, "tiepnhan"));

        mvc.perform(get("/admin/logins").with(reception)).andExpect(status().isForbidden());
        mvc.perform(unlock(officer).with(reception)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/logins/unlock").with(admin()).param("scope", "OFFICER").param("subject", officer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/logins")).andExpect(redirectedUrl("/login"));
        assertThat(browser.logIn(address, officer, PASSWORD)).as("still locked").isEqualTo("/login?error");
    }

    @Test
    void theAuditIsReadFiftyEntriesAPageNewestFirst() throws Exception {
        String address = newAddress();
        for (int i = 1; i <= 51; i++) {
            logins.failed(LoginScope.APPLICANT, "trang" + i + "." + address, address, LoginEvent.UNKNOWN_ACCOUNT);
        }
        String first = html(get("/admin/logins"));
        assertThat(first).contains("<td>trang51." + address + "</td>", "<td>trang2." + address + "</td>",
                "href=\"/admin/logins?page=2\"").doesNotContain("<td>trang1." + address + "</td>", "page=0");
        String second = html(get("/admin/logins").param("page", "2"));
        assertThat(second).contains("<td>trang1." + address + "</td>", "href=\"/admin/logins?page=1\"")
                .doesNotContain("<td>trang2." + address + "</td>");
    }

    @Test
    void liftingWhatIsNotHeldOrAskingForANonsensePageIsExplained() throws Exception {
        String refused = body(mvc.perform(unlock("khong-bi-khoa").with(admin())), status().isBadRequest());
        assertThat(refused).contains("class=\"error-summary\"", "href=\"#subject\"",
                "hiện không bị khoá hay làm chậm");
        String badPage = body(mvc.perform(get("/admin/logins").param("page", "10001").with(admin())),
                status().isBadRequest());
        assertThat(badPage).contains("href=\"#page\"", "Số trang phải từ 1 đến 10.000.");
        String english = body(mvc.perform(get("/admin/logins").param("page", "10001").param("lang", "en")
                .with(admin())), status().isBadRequest());
        assertThat(english).contains("The page number must be from 1 to 10,000.");
        mvc.perform(post("/admin/logins/unlock").with(csrf()).with(admin()).param("scope", "NOBODY")
                .param("subject", "x")).andExpect(status().isBadRequest());
    }

    private MockHttpServletRequestBuilder unlock(String subject) {
        return post("/admin/logins/unlock").with(csrf()).param("scope", "OFFICER").param("subject", subject);
    }

    private RequestPostProcessor admin() {
        return user(WebTestSupport.officer(context, "admin"));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return WebTestSupport.html(mvc, request.with(admin()));
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result, ResultMatcher expected)
            throws Exception {
        return result.andExpect(expected).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The row of the holds' table that names {@code subject}, empty when there is none. */
    private static String row(String html, String subject) {
        String holds = html.substring(0, html.indexOf("<h2 id=\"page\""));
        int cell = holds.indexOf("<td>" + subject + "</td>");
        if (cell < 0) {
            return "";
        }
        int start = holds.lastIndexOf("<tr>", cell);
        return holds.substring(start, holds.indexOf("</tr>", cell));
    }
}
