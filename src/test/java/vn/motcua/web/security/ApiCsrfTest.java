package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.organization.ApiTokenForm;
import vn.motcua.organization.ApiTokens;
import vn.motcua.web.OfficeApi;
import vn.motcua.web.OfficeSamples;

/**
 * An API call that changes something is not accepted on an officer's browser session without the CSRF
 * token: another site could make the browser send it. Calls that bring their own credentials (Basic,
 * Bearer) need no token.
 */
@MotcuaIntegrationTest
class ApiCsrfTest {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    ApiTokens tokens;

    RawHttp http;

    @BeforeEach
    void setUp() {
        http = new RawHttp(port);
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSessionCookieAloneCannotChangeAnythingButWithTheTokenItCan() throws IOException {
        String session = logIn("tiepnhan");

        RawHttp.Answer forged = receive("Cookie: JSESSIONID=" + session);
        assertThat(forged.status()).isEqualTo(403);

        String token = http.send(null, "GET /office HTTP/1.1", "Host: localhost", "Cookie: JSESSIONID=" + session)
                .csrfToken();
        RawHttp.Answer withToken = receive("Cookie: JSESSIONID=" + session, "X-CSRF-TOKEN: " + token);
        assertThat(withToken.status()).as(withToken.body()).isEqualTo(201);
    }

    @Test
    void basicAndBearerCallersNeedNoToken() throws IOException {
        OfficeApi api = new OfficeApi(port);
        assertThat(api.post("tiepnhan", "/api/v1/dossiers", OfficeSamples.receptionJson("[]")).status()).isEqualTo(201);

        String secret = tokens.issue(new ApiTokenForm("tiepnhan", "Quầy tiếp nhận (CSRF)", ""), "admin").secret();
        RawHttp.Answer bearer = receive("Authorization: Bearer " + secret);
        assertThat(bearer.status()).as(bearer.body()).isEqualTo(201);
    }

    /** Logs in through the officers' form as a browser does; returns the session's id. */
    private String logIn(String username) throws IOException {
        RawHttp.Answer form = http.send(null, "GET /login HTTP/1.1", "Host: localhost");
        String session = form.sessionId();
        String body = "username=" + username + "&password=" + OfficeApi.PASSWORD + "&_csrf="
                + URLEncoder.encode(form.csrfToken(), StandardCharsets.UTF_8);
        RawHttp.Answer loggedIn = http.send(body, "POST /login HTTP/1.1", "Host: localhost",
                "Content-Type: application/x-www-form-urlencoded", "Cookie: JSESSIONID=" + session);
        assertThat(loggedIn.header("Location")).endsWith("/office");
        return loggedIn.sessionId();
    }

    private RawHttp.Answer receive(String... headers) throws IOException {
        String[] lines = new String[headers.length + 3];
        lines[0] = "POST /api/v1/dossiers HTTP/1.1";
        lines[1] = "Host: localhost";
        lines[2] = "Content-Type: application/json";
        System.arraycopy(headers, 0, lines, 3, headers.length);
        return http.send(OfficeSamples.receptionJson("[]"), lines);
    }
}
