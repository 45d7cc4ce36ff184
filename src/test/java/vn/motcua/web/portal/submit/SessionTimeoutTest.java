package vn.motcua.web.portal.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;

/**
 * A citizen who pauses longer than the session lasts can still send the page they typed: the form's
 * token travels in a cookie and the draft in its own, so nothing typed is lost (over real HTTP).
 */
@MotcuaIntegrationTest
class SessionTimeoutTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPageSentAfterTheSessionExpiredIsSavedInTheDraft() throws Exception {
        String start = "/submit/1.001612";
        post(start, token(get(start)), "");
        String who = get(start + "/who");
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .forEach(this::forget);

        HttpResponse<String> sent = post(start + "/who", token(who), "&applyingAs=MYSELF");

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(start + "/applicant");
        assertThat(get(start + "/who")).containsPattern("value=\"MYSELF\"[^>]*checked");
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpResponse<String> post(String path, String csrf, String fields) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + fields)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the page carries its form token").isTrue();
        return matcher.group(1);
    }

    private void forget(HttpCookie cookie) {
        cookies.getCookieStore().getURIs().forEach(u -> cookies.getCookieStore().remove(u, cookie));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
