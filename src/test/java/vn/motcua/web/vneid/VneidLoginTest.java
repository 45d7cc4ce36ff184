package vn.motcua.web.vneid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.MotcuaIntegrationTest;

/**
 * Logging in with VNeID over real HTTP, through the simulated VNeID on the same server, as a browser would:
 * the portal's button, the provider's authorization endpoint, its login page, back to the portal with a code,
 * which the portal exchanges server to server for a signed ID token. Expected values come from INTEGRATION.md
 * (claims) and OpenID Connect (PKCE S256, state, nonce, signature), not from the code.
 */
@MotcuaIntegrationTest
class VneidLoginTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenLogsInWithPkceAndLandsInAVerifiedAccountCarryingTheClaims() throws Exception {
        Browser browser = new Browser();
        String idNumber = freshIdNumber();
        String back = browser.throughSimulator(Map.of("person", "TYPED", "idNumber", idNumber,
                "fullName", "Quàng Thị Mai", "misbehaviour", "NONE"));

        HttpResponse<String> landed = browser.get(back);
        assertThat(landed.headers().firstValue("Location")).contains("/account/dossiers");
        HttpResponse<String> dossiers = browser.get(url("/account/dossiers"));
        assertThat(dossiers.statusCode()).isEqualTo(200);
        assertThat(dossiers.body()).contains("Tài khoản đã được xác thực với VNeID (số định danh hoặc mã số thuế "
                + idNumber + ")");
        assertThat(account(idNumber)).containsEntry("full_name", "Quàng Thị Mai").containsEntry("type", "CITIZEN")
                .containsEntry("verified", true);

        Browser again = new Browser();
        again.get(again.throughSimulator(Map.of("person", "TYPED", "idNumber", idNumber, "fullName", "Quàng Thị Mai",
                "misbehaviour", "NONE")));
        assertThat(jdbc.sql("select count(*) from identity_account where id_number = ?").param(idNumber)
                .query(Long.class).single()).as("the second login finds the same account").isEqualTo(1);
    }

    @Test
    void anOrganisationLogsInAsTheBusinessOfItsTaxCode() throws Exception {
        Browser browser = new Browser();
        browser.get(browser.throughSimulator(Map.of("person", "5600123456", "misbehaviour", "NONE")));

        assertThat(browser.get(url("/account/dossiers")).body()).contains("mã số thuế 5600123456");
        assertThat(account("5600123456")).containsEntry("type", "BUSINESS").containsEntry("verified", true);
    }

    @Test
    void anIdTokenAlteredAfterSigningIsRefused() throws Exception {
        assertRefused(Map.of("person", "011090001234", "misbehaviour", "TAMPERED_TOKEN"));
        assertThat(jdbc.sql("select count(*) from identity_account where id_number = ? and verified")
                .param(SimulatorTokens.FORGED_ID_NUMBER).query(Long.class).single())
                .as("the ID number written into the token after signing opens no account").isZero();
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() throws Exception {
        assertRefused(Map.of("person", "011195004321", "misbehaviour", "WRONG_NONCE"));
    }

    @Test
    void aCallbackWithAnotherStateIsRefused() throws Exception {
        Browser browser = new Browser();
        String back = browser.throughSimulator(Map.of("person", "011090001234", "misbehaviour", "NONE"));
        String forged = back.replaceAll("state=[^&]+", "state=forged");

        assertThat(browser.get(forged).headers().firstValue("Location")).contains("/account/login?vneidError");
        assertThat(browser.get(url("/account/dossiers")).statusCode()).as("not logged in").isEqualTo(302);
    }

    @Test
    void theSimulatorPublishesItsDiscoveryDocumentAndKeysAndRequiresPkce() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> discovery = browser.get(url("/simulator/vneid/.well-known/openid-configuration"));
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("\"issuer\":\"" + url("/simulator/vneid") + "\"")
                .contains("\"jwks_uri\":\"" + url("/simulator/vneid/oauth2/jwks") + "\"").contains("S256");
        HttpResponse<String> keys = browser.get(url("/simulator/vneid/oauth2/jwks"));
        assertThat(keys.body()).contains("\"kty\":\"RSA\"").doesNotContain("\"d\":");

        String withoutPkce = url("/simulator/vneid/oauth2/authorize?response_type=code&client_id=motcua-demo"
                + "&scope=openid&state=s1&nonce=n1&redirect_uri="
                + URLEncoder.encode(url("/account/login/vneid/callback"), StandardCharsets.UTF_8));
        browser.logInAtSimulator(Map.of("person", "011090001234", "misbehaviour", "NONE"));
        HttpResponse<String> refused = browser.get(withoutPkce);
        assertThat(refused.headers().firstValue("Location").orElse(""))
                .as("no code without a code challenge").contains("error=invalid_request").doesNotContain("code=");
    }

    @Test
    void theSimulatorsLoginPageRefusesWhatItDoesNotKnow() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.post(url("/simulator/vneid/login"), browser.withToken(
                url("/simulator/vneid/login"), Map.of("person", "TYPED", "idNumber", "000000000000", "fullName", "X",
                        "misbehaviour", "SOMETHING_ELSE")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("error-summary").contains("Chọn một cách trả lời trong danh sách.");
    }

    private void assertRefused(Map<String, String> choice) throws Exception {
        Browser browser = new Browser();
        String back = browser.throughSimulator(choice);
        assertThat(browser.get(back).headers().firstValue("Location")).contains("/account/login?vneidError");
        assertThat(browser.get(url("/account/dossiers")).statusCode()).as("not logged in").isEqualTo(302);
        assertThat(browser.get(url("/account/login?vneidError")).body())
                .contains("VNeID không xác nhận được lần đăng nhập này");
    }

    private Map<String, Object> account(String idNumber) {
        return jdbc.sql("select full_name, type, verified from identity_account where id_number = ? and verified")
                .param(idNumber).query().singleRow();
    }

    /** A personal ID number no earlier run used: province 011, born in the 1990s, six random digits. */
    private static String freshIdNumber() {
        return "011" + "09" + (RANDOM.nextInt(9) + 1) + String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A browser: keeps its cookies, follows no redirect by itself, sends each form's token. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /**
         * From the portal's VNeID button through the simulator's login; returns the portal address VNeID sends
         * the browser back to, after checking what the portal asked VNeID for.
         */
        String throughSimulator(Map<String, String> choice) throws Exception {
            String authorize = location(get(url("/account/login/vneid")));
            assertThat(authorize).startsWith(url("/simulator/vneid/oauth2/authorize?"))
                    .contains("response_type=code", "client_id=motcua-demo", "scope=openid", "state=", "nonce=",
                            "code_challenge=", "code_challenge_method=S256");
            String login = location(get(authorize));
            assertThat(login).endsWith("/simulator/vneid/login");
            String again = location(post(url("/simulator/vneid/login"), withToken(url("/simulator/vneid/login"),
                    choice)));
            String back = location(get(again.startsWith("http") ? again : url(again)));
            assertThat(back).startsWith(url("/account/login/vneid/callback?code="));
            return back;
        }

        void logInAtSimulator(Map<String, String> choice) throws Exception {
            post(url("/simulator/vneid/login"), withToken(url("/simulator/vneid/login"), choice));
        }

        Map<String, String> withToken(String page, Map<String, String> fields) throws Exception {
            Matcher token = TOKEN.matcher(get(page).body());
            assertThat(token.find()).as("the form carries its token").isTrue();
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("_csrf", token.group(1));
            return form;
        }

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                    StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private String location(HttpResponse<String> response) {
            assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(302);
            return response.headers().firstValue("Location").orElseThrow();
        }
    }
}
