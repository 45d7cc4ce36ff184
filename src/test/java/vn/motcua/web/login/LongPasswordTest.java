package vn.motcua.web.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.web.login.LoginDriver.newAddress;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.web.WebTestSupport;
import vn.motcua.web.portal.PortalFixtures;

/**
 * bcrypt hashes at most 72 bytes. "ế" takes 3 bytes in UTF-8, so 24 of them (72 bytes) are the longest
 * such password, and 25 (75 bytes, 25 characters) are refused where a password is set and simply fail
 * where one is typed to log in, never with a 500, and never as if only its first 72 bytes counted.
 */
@MotcuaIntegrationTest
class LongPasswordTest extends LoginTestBase {

    private static final String LONGEST = "ế".repeat(24);
    private static final String TOO_LONG = "ế".repeat(25);

    @Autowired
    JdbcClient jdbc;

    @Test
    void registrationRefusesAPasswordOverSeventyTwoBytesAndSaysWhy() throws Exception {
        String username = LoginDriver.unique("daidong");
        String page = mvc.perform(register(username, TOO_LONG)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("class=\"error-summary\"", "href=\"#password\"",
                "Mật khẩu quá dài: tối đa 72 byte — khoảng 24 chữ có dấu");
        assertThat(jdbc.sql("select count(*) from identity_account where username = ?").param(username)
                .query(Long.class).single()).isZero();
        String english = mvc.perform(register(username, TOO_LONG).param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("The password is too long: at most 72 bytes, about 24 accented letters");
    }

    @Test
    void seventyTwoBytesOpenTheAccountAndNothingLongerThatStartsWithThem() throws Exception {
        String username = LoginDriver.unique("vuadu");
        mvc.perform(register(username, LONGEST)).andExpect(redirectedUrl("/account/login?registered"));
        LoginDriver applicantForm = new LoginDriver(mvc, "/account/login", clock);
        assertThat(applicantForm.logIn(newAddress(), username, LONGEST)).isEqualTo("/account/dossiers");
        assertThat(applicantForm.logIn(newAddress(), username, TOO_LONG)).as("bcrypt alone would see only 72 bytes")
                .isEqualTo("/account/login?error");
        assertThat(applicantForm.logIn(newAddress(), username, LONGEST + "x")).isEqualTo("/account/login?error");
    }

    @Test
    void aTooLongPasswordAtLoginIsAnOrdinaryFailureOnEveryDoor() throws Exception {
        String officer = LoginDriver.newOfficer(officers);
        assertThat(browser.logIn(newAddress(), officer, TOO_LONG)).isEqualTo("/login?error");
        assertThat(browser.logIn(newAddress(), "khongco.dai", TOO_LONG)).isEqualTo("/login?error");
        LoginDriver applicantForm = new LoginDriver(mvc, "/account/login", clock);
        assertThat(applicantForm.logIn(newAddress(), "nguoidan.dai", TOO_LONG)).isEqualTo("/account/login?error");
        mvc.perform(get("/api/v1/dossiers/inbox").with(LoginDriver.from(newAddress()))
                .with(httpBasic(officer, TOO_LONG))).andExpect(status().isUnauthorized());
    }

    @Test
    void theOfficerFormRefusesAPasswordOverSeventyTwoBytes() throws Exception {
        String username = LoginDriver.unique("canbo.dai");
        String page = mvc.perform(post("/admin/officers").with(csrf()).with(user(WebTestSupport.officer(context, "admin")))
                        .param("username", username).param("fullName", "Lò Văn Dài").param("role", "RECEPTION")
                        .param("unit", "000.02.31.H18").param("password", TOO_LONG).param("enabled", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"#password\"", "tối đa 72 byte — khoảng 24 chữ có dấu");
        assertThat(officers.find(username)).isEmpty();
    }

    private static MockHttpServletRequestBuilder register(String username, String password) {
        return post("/account/register").with(WebTestSupport.formToken()).param("username", username).param("type", "CITIZEN")
                .param("idNumber", PortalFixtures.newIdNumber()).param("fullName", "Vừa Đủ Dài")
                .param("phone", "0912345678").param("password", password).param("passwordConfirmation", password);
    }
}
