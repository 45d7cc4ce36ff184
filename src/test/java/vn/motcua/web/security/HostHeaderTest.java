package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.web.OfficeApi;

/**
 * Links and redirects use the configured public address: a request that claims {@code Host:
 * evil.example} never gets a redirect or an absolute link there — not to the login page, not back to
 * the page it asked for after logging in, not in the API's description; nor does a forwarded host
 * (the tests honour a proxy's forwarded headers, as behind a TLS proxy).
 */
@MotcuaIntegrationTest
class HostHeaderTest {

    private static final String EVIL = "evil.example";

    @LocalServerPort
    int port;

    @Test
    void theLoginRedirectsNeverNameTheClaimedHost() throws IOException {
        RawHttp http = new RawHttp(port);
        RawHttp.Answer office = http.send(null, "GET /office/reception HTTP/1.1", "Host: " + EVIL);
        assertThat(office.status()).isEqualTo(302);
        assertThat(office.header("Location")).doesNotContain(EVIL).endsWith("/login");
        String session = office.sessionId();

        RawHttp.Answer form = http.send(null, "GET /login HTTP/1.1", "Host: " + EVIL, "Cookie: JSESSIONID=" + session);
        assertThat(form.body()).doesNotContain(EVIL);
        RawHttp.Answer loggedIn = http.send("username=tiepnhan&password=" + OfficeApi.PASSWORD + "&_csrf="
                        + URLEncoder.encode(form.csrfToken(), StandardCharsets.UTF_8), "POST /login HTTP/1.1",
                "Host: " + EVIL, "Content-Type: application/x-www-form-urlencoded", "Cookie: JSESSIONID=" + session);
        assertThat(loggedIn.status()).isEqualTo(302);
        assertThat(loggedIn.header("Location")).doesNotContain(EVIL).contains("/office/reception");

        RawHttp.Answer applicant = http.send(null, "GET /account/dossiers HTTP/1.1", "Host: " + EVIL);
        assertThat(applicant.header("Location")).doesNotContain(EVIL).endsWith("/account/login");
    }

    @Test
    void theApiDescriptionAndExplorerNeverNameTheClaimedHost() throws IOException {
        RawHttp http = new RawHttp(port);
        RawHttp.Answer docs = http.send(null, "GET /v3/api-docs HTTP/1.1", "Host: " + EVIL);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("\"servers\"").doesNotContain(EVIL);

        RawHttp.Answer forwarded = http.send(null, "GET /v3/api-docs HTTP/1.1", "Host: localhost",
                "X-Forwarded-Host: " + EVIL, "X-Forwarded-Port: 6666");
        assertThat(forwarded.body()).doesNotContain(EVIL).doesNotContain("6666");

        RawHttp.Answer explorer = http.send(null, "GET /api-docs HTTP/1.1", "Host: " + EVIL);
        assertThat(explorer.status()).isEqualTo(302);
        assertThat(explorer.header("Location")).doesNotContain(EVIL);
    }
}
