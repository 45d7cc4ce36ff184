package vn.motcua.web.login;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.web.login.LoginDriver.PASSWORD;
import static vn.motcua.web.login.LoginDriver.errorSummary;
import static vn.motcua.web.login.LoginDriver.newAddress;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.identity.ApplicantAccounts;
import vn.motcua.identity.Registration;
import vn.motcua.web.portal.PortalFixtures;

/** The applicants' form {@code /account/login} is held like the officers' one, and apart from it. */
@MotcuaIntegrationTest
class ApplicantLoginLockoutTest extends LoginTestBase {

    @Autowired
    ApplicantAccounts accounts;

    @BeforeEach
    void applicantsForm() {
        browser = new LoginDriver(mvc, "/account/login", clock);
    }

    @Test
    void tenWrongPasswordsLockTheApplicantUntilFifteenMinutesAfterTheLast() throws Exception {
        String applicant = newApplicant();
        String address = newAddress();
        browser.fail(address, applicant, 10);

        assertThat(browser.logIn(address, applicant, PASSWORD)).isEqualTo("/account/login?error");
        assertThat(errorSummary(browser.page())).contains("kể cả khi mật khẩu đúng",
                "Hãy thử lại sau 09:33:00 ngày 07/12/2026.");
        assertThat(browser.logIn(address, applicant, PASSWORD)).isEqualTo("/account/login?error");
        assertThat(errorSummary(browser.page("&lang=en"))).contains("Try again after 09:33:00 on 07/12/2026.");

        browser.later(Duration.ofMinutes(15));
        assertThat(browser.logIn(address, applicant, PASSWORD)).isEqualTo("/account/dossiers");
    }

    @Test
    void anOfficerWithTheSameUsernameIsNotHeldByTheApplicantsFailures() throws Exception {
        String username = newApplicant();
        browser.fail(newAddress(), username, 10);
        LoginDriver officerForm = new LoginDriver(mvc, "/login", clock);
        officerForm.logIn(newAddress(), username, "sai-mat-khau");
        assertThat(errorSummary(officerForm.page())).as("no officer of that name: counted once, not held")
                .contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    private String newApplicant() {
        String username = LoginDriver.unique("nguoidan");
        accounts.register(new Registration(username, ApplicantType.CITIZEN, PortalFixtures.newIdNumber(),
                "Hà Thị Lan", null, "0912345678", PASSWORD, PASSWORD));
        return username;
    }
}
