package vn.motcua.web.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.motcua.web.login.LoginDriver.PASSWORD;
import static vn.motcua.web.login.LoginDriver.errorSummary;
import static vn.motcua.web.login.LoginDriver.from;
import static vn.motcua.web.login.LoginDriver.newAddress;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.motcua.MotcuaIntegrationTest;

/**
 * Officers' logins (the {@code /login} form and HTTP Basic) under the real default settings: slowed
 * down after 5 failures of an account (5 s, doubling), locked for 15 minutes after 10, and per client
 * address slowed after 20 failures whatever the usernames. Wrong passwords come 2 minutes apart from
 * 09:00 ({@link LoginDriver}), so the tenth is at 09:18.
 */
@MotcuaIntegrationTest
class OfficerLoginLockoutTest extends LoginTestBase {


    @Test
    void tenWrongPasswordsLockTheAccountAgainstEvenTheRightOneForFifteenMinutes() throws Exception {
        String officer = LoginDriver.newOfficer(officers);
        String address = newAddress();
        browser.fail(address, officer, 10);

        assertThat(browser.logIn(address, officer, PASSWORD)).isEqualTo("/login?error");
        assertThat(errorSummary(browser.page())).contains(
                "Đăng nhập sai quá nhiều lần nên tạm thời bị từ chối, kể cả khi mật khẩu đúng.",
                "Hãy thử lại sau 09:33:00 ngày 07/12/2026.");
        assertThat(browser.logIn(newAddress(), officer, PASSWORD)).as("another address, the same account")
                .isEqualTo("/login?error");
        assertThat(errorSummary(browser.page("&lang=en"))).contains("Try again after 09:33:00 on 07/12/2026.");

        browser.later(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(browser.logIn(address, officer, PASSWORD)).isEqualTo("/login?error");
        browser.later(Duration.ofSeconds(1));
        assertThat(browser.logIn(address, officer, PASSWORD)).isEqualTo("/office");
    }

    @Test
    void fiveWrongPasswordsSlowTheAccountDownAndASuccessStartsTheCountAgain() throws Exception {
        String officer = LoginDriver.newOfficer(officers);
        String address = newAddress();
        browser.fail(address, officer, 4);
        assertThat(browser.logIn(address, officer, PASSWORD)).as("four failures hold nothing").isEqualTo("/office");

        browser.fail(address, officer, 5);
        assertThat(browser.logIn(address, officer, PASSWORD)).isEqualTo("/login?error");
        assertThat(errorSummary(browser.page())).contains("Hãy thử lại sau 09:16:05 ngày 07/12/2026.");
        browser.later(Duration.ofSeconds(5));
        assertThat(browser.logIn(address, officer, PASSWORD)).isEqualTo("/office");

        browser.fail(address, officer, 4);
        assertThat(browser.logIn(address, officer, PASSWORD)).as("the success cleared the five").isEqualTo("/office");
    }

    @Test
    void theWaitDoublesWithEachFailureOfASlowedAccount() throws Exception {
        String officer = LoginDriver.newOfficer(officers);
        browser.fail(newAddress(), officer, 7);
        assertThat(browser.logIn(newAddress(), officer, PASSWORD)).isEqualTo("/login?error");
        assertThat(errorSummary(browser.page())).as("the seventh failure at 09:12, then 5 s × 2 × 2")
                .contains("Hãy thử lại sau 09:12:20");
    }

    @Test
    void anUnknownUsernameIsCountedAndAnsweredLikeAKnownOne() throws Exception {
        String known = LoginDriver.newOfficer(officers);
        browser.fail(newAddress(), known, 10);
        String knownAnswer = errorSummary(browser.page());
        LoginDriver stranger = new LoginDriver(mvc, "/login", clock);
        String unknown = LoginDriver.unique("khongco.");
        stranger.fail(newAddress(), unknown, 10);
        assertThat(errorSummary(stranger.page())).isEqualTo(knownAnswer)
                .contains("Tên đăng nhập hoặc mật khẩu không đúng.");

        assertThat(browser.logIn(newAddress(), known, PASSWORD)).isEqualTo("/login?error");
        knownAnswer = errorSummary(browser.page());
        assertThat(stranger.logIn(newAddress(), unknown, PASSWORD)).isEqualTo("/login?error");
        assertThat(errorSummary(stranger.page())).isEqualTo(knownAnswer).contains("Hãy thử lại sau 09:33:00");
    }

    @Test
    void manyUsernamesFromOneAddressSlowThatAddressDown() throws Exception {
        String officer = LoginDriver.newOfficer(officers);
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            browser.fail(address, LoginDriver.unique("thu" + i + "."), 1);
        }
        assertThat(browser.logIn(address, officer, PASSWORD)).as("a right password from that address")
                .isEqualTo("/login?error");
        assertThat(errorSummary(browser.page())).as("the twentieth failure at 09:38")
                .contains("Hãy thử lại sau 09:38:05 ngày 07/12/2026.");
        assertThat(browser.logIn(newAddress(), officer, PASSWORD)).as("the same account from elsewhere")
                .isEqualTo("/office");
    }

    @Test
    void httpBasicCountsFailuresAndIsRefusedWith429AndRetryAfterInTheApiErrorShape() throws Exception {
        String officer = LoginDriver.newOfficer(officers);
        String address = newAddress();
        for (int i = 0; i < 10; i++) {
            browser.later(LoginDriver.STEP);
            assertThat(basic(address, officer, "sai-mat-khau", "").getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse refused = basic(address, officer, PASSWORD, "");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("900");
        String body = refused.getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(body, "$.message")).isEqualTo("Đăng nhập sai quá nhiều lần nên tạm thời bị"
                + " từ chối, kể cả khi mật khẩu đúng. Hãy thử lại sau 900 giây (tiêu đề Retry-After).");
        assertThat(JsonPath.<String>read(body, "$.errors[0].message")).isEqualTo(JsonPath.read(body, "$.message"));

        browser.later(Duration.ofMinutes(10));
        MockHttpServletResponse english = basic(address, officer, PASSWORD, "en");
        assertThat(english.getHeader("Retry-After")).isEqualTo("300");
        assertThat(JsonPath.<String>read(english.getContentAsString(StandardCharsets.UTF_8), "$.message"))
                .endsWith("Try again in 300 seconds (header Retry-After).");
        assertThat(browser.logIn(address, officer, PASSWORD)).as("the form shares the lock").isEqualTo("/login?error");

        browser.later(Duration.ofMinutes(5));
        assertThat(basic(address, officer, PASSWORD, "").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse basic(String address, String username, String password, String lang)
            throws Exception {
        return mvc.perform(get("/api/v1/dossiers/inbox").param("lang", lang).with(from(address))
                .with(httpBasic(username, password))).andReturn().getResponse();
    }
}
