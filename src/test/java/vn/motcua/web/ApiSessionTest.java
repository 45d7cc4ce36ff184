package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;

/** API clients that keep their session cookie are checked against their password once. */
@MotcuaIntegrationTest
class ApiSessionTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBasicLoginOpensASessionTheNextCallsUseWithoutThePassword() throws Exception {
        String basic = Base64.getEncoder().encodeToString("chuyenvien.tuphap:motcua-demo"
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> first = http.send(inbox().header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax");

        HttpResponse<String> next = http.send(inbox().header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(http.send(inbox().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    private HttpRequest.Builder inbox() {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers/inbox"))
                .header("Accept", "application/json");
    }
}
