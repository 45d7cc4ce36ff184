package vn.motcua.web.login;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.web.WebTestSupport;
import vn.motcua.TestClock;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.OfficerForm;

/**
 * Logs in through a form as a browser would, from a client address of the test's choosing: each test
 * uses addresses and accounts of its own, so its failures never hold another test's logins (the
 * tests share one database, and most log in from 127.0.0.1). The test clock starts at
 * {@link #NINE_AM}; wrong passwords are typed {@link #STEP} apart, longer than any slowdown before the
 * lock (80 s after the ninth failure), so each one is checked and counted.
 */
final class LoginDriver {

    static final String PASSWORD = "mat-khau-dung-roi";
    /** Monday 7 December 2026, 09:00 in Vietnam: the tests' clock while they count failures. */
    static final LocalDateTime NINE_AM = LocalDateTime.of(2026, 12, 7, 9, 0);
    static final Duration STEP = Duration.ofMinutes(2);

    private final MockMvc mvc;
    private final String loginPage;
    private final TestClock clock;
    private final MockHttpSession session = new MockHttpSession();
    private LocalDateTime now = NINE_AM;
    private boolean failedBefore;

    /** @param loginPage {@code /login} (officers) or {@code /account/login} (applicants) */
    LoginDriver(MockMvc mvc, String loginPage, TestClock clock) {
        this.mvc = mvc;
        this.loginPage = loginPage;
        this.clock = clock;
        clock.setLocal(now);
    }

    /** Moves the test clock on. */
    void later(Duration wait) {
        now = now.plus(wait);
        clock.setLocal(now);
    }

    /** A name no other test uses. */
    static String unique(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** A client address no other test uses, in 10.0.0.0/8. */
    static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 255) + "." + random.nextInt(0, 255) + "." + random.nextInt(1, 255);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A reception officer of the demo province with {@link #PASSWORD}; returns the username. */
    static String newOfficer(OfficerDirectory officers) {
        String username = unique("canbo.thu");
        officers.create(new OfficerForm(username, "Lò Thị Thu", "RECEPTION", "000.02.31.H18", null, PASSWORD, true));
        return username;
    }

    /** Posts the form; returns where it redirects: the next page on success, the form with ?error on failure. */
    String logIn(String address, String username, String password) throws Exception {
        return mvc.perform(post(loginPage).session(session).with(WebTestSupport.formToken()).with(from(address))
                        .param("username", username).param("password", password))
                .andReturn().getResponse().getRedirectedUrl();
    }

    /**
     * {@code times} wrong passwords, {@link #STEP} apart (and after the last failure of this driver);
     * each must be answered as a failed login. The clock stays at the last one.
     */
    void fail(String address, String username, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            if (failedBefore) {
                later(STEP);
            }
            failedBefore = true;
            String answer = logIn(address, username, "sai-mat-khau-" + i);
            if (!(loginPage + "?error").equals(answer)) {
                throw new AssertionError("Wrong password " + (i + 1) + " was answered " + answer);
            }
        }
    }

    /** The login page as the browser shows it after the redirect, with its error summary. */
    String page(String... query) throws Exception {
        return mvc.perform(get(loginPage + "?error" + String.join("", query)).session(session)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The error summary of a page. */
    static String errorSummary(String html) {
        int start = html.indexOf("<div class=\"error-summary\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</div>", start));
    }
}
