package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;

/**
 * Behind a TLS proxy ({@code MOTCUA_FORWARDED_HEADERS=native}, which the tests turn on) a request the
 * proxy says came over https gets {@code Secure} cookies (session, applicant CSRF, language) and HSTS;
 * a plain http request gets neither, since a browser would drop them.
 */
@MotcuaIntegrationTest
class ForwardedHttpsTest {

    @LocalServerPort
    int port;

    @Test
    void anHttpsRequestThroughTheProxyGetsSecureCookiesAndHsts() throws IOException {
        RawHttp.Answer officers = get("/login?lang=en", "X-Forwarded-Proto: https");
        assertThat(officers.header("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(cookie(officers, "JSESSIONID=")).contains("; Secure");
        assertThat(cookie(officers, "motcua-lang=")).contains("; Secure");

        RawHttp.Answer applicants = get("/account/login", "X-Forwarded-Proto: https");
        assertThat(cookie(applicants, "XSRF-TOKEN=")).contains("; Secure");
    }

    @Test
    void aPlainRequestGetsNeither() throws IOException {
        RawHttp.Answer plain = get("/login?lang=en");
        assertThat(plain.header("Strict-Transport-Security")).isNull();
        assertThat(cookie(plain, "JSESSIONID=")).doesNotContain("Secure");
        assertThat(cookie(plain, "motcua-lang=")).doesNotContain("Secure");
    }

    private RawHttp.Answer get(String path, String... headers) throws IOException {
        String[] lines = new String[headers.length + 2];
        lines[0] = "GET " + path + " HTTP/1.1";
        lines[1] = "Host: localhost";
        System.arraycopy(headers, 0, lines, 2, headers.length);
        RawHttp.Answer answer = new RawHttp(port).send(null, lines);
        assertThat(answer.status()).isEqualTo(200);
        return answer;
    }

    private static String cookie(RawHttp.Answer answer, String prefix) {
        return answer.all("Set-Cookie").stream().filter(c -> c.startsWith(prefix)).findFirst().orElseThrow(
                () -> new AssertionError("no " + prefix + " cookie in " + answer.headers()));
    }
}
