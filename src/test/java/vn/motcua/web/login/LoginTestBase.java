package vn.motcua.web.login;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.TestClock;
import vn.motcua.login.LoginAttempts;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.web.WebTestSupport;

/**
 * What the login tests share: MockMvc over the shared context, a browser on the officers' form whose
 * clock starts at {@link LoginDriver#NINE_AM}, and the real time again once each test is done.
 */
abstract class LoginTestBase {

    @Autowired
    WebApplicationContext context;
    @Autowired
    OfficerDirectory officers;
    @Autowired
    LoginAttempts logins;
    @Autowired
    TestClock clock;

    MockMvc mvc;
    LoginDriver browser;

    @BeforeEach
    void startAtNine() {
        mvc = WebTestSupport.mockMvc(context);
        browser = new LoginDriver(mvc, "/login", clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }
}
