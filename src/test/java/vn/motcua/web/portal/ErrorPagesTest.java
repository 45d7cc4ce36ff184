package vn.motcua.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
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
 * Error pages speak to the person who is there (over real HTTP, where the server's error dispatch
 * runs): an unknown address is the portal's 404 for a visitor, and an officer's 404 keeps their header.
 */
@MotcuaIntegrationTest
class ErrorPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anUnknownAddressIsThePortals404NotTheOfficersLogin() throws Exception {
        HttpResponse<String> page = get("/khong-co-trang-nay");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy", "Tra cứu hồ sơ").doesNotContain("Đăng xuất");
    }

    @Test
    void anOfficersUnknownAddressShowsTheLoggedInHeader() throws Exception {
        String token = token(get("/login").body());
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "_csrf=" + token + "&username=tiepnhan&password=motcua-demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/office"));

        HttpResponse<String> page = get("/office/khong-co-trang-nay");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy", "Đăng xuất", "href=\"/office\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the page carries its form token").isTrue();
        return matcher.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
