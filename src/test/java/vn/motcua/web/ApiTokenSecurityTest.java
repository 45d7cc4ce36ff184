package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.organization.ApiTokenForm;
import vn.motcua.organization.ApiTokens;
import vn.motcua.organization.IssuedApiToken;

/** API calls logged in by a personal token ({@code Authorization: Bearer}), over real HTTP, beside HTTP Basic. */
@MotcuaIntegrationTest
class ApiTokenSecurityTest {

    private static final String INVALID_TOKEN = "Bearer realm=\"Motcua\", error=\"invalid_token\"";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    DossierFixtures fixtures;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aTokenActsAsItsOfficerWithTheirUnitAndOpensNoSession() throws Exception {
        String code = fixtures.receiveNotaryCard("011090008888", "Giàng A Páo").code();

        HttpResponse<String> own = send(bearer(token("tiepnhan"), "/api/v1/dossiers/" + code).GET());
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(own.body(), "$.code")).isEqualTo(code);
        assertThat(own.headers().allValues("Set-Cookie")).as("a bearer call is not a login session").isEmpty();

        HttpResponse<String> otherUnit = send(bearer(token("chuyenvien.taichinh"), "/api/v1/dossiers/" + code).GET());
        assertThat(otherUnit.statusCode()).isEqualTo(404);
    }

    @Test
    void theDossierApiIsClosedToAnAdministratorsTokenWithTheApisRefusal() throws Exception {
        HttpResponse<String> refused = send(bearer(token("admin"), "/api/v1/dossiers/inbox").GET());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JsonPath.<String>read(refused.body(), "$.message")).isEqualTo("Bạn không có quyền xem trang này.");
    }

    @Test
    void theHistoryImportIsForAdministratorsOnly() throws Exception {
        String json = "{\"dossiers\": []}";
        HttpResponse<String> reception = send(bearer(token("tiepnhan"), "/api/v1/import/dossiers")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(reception.statusCode()).isEqualTo(403);
        assertThat(JsonPath.<String>read(reception.body(), "$.errors[0].message"))
                .isEqualTo("Bạn không có quyền xem trang này.");
        assertThat(reception.headers().allValues("Set-Cookie")).isEmpty();

        // The import itself is not on this branch: past the security rule, the administrator finds nothing yet.
        HttpResponse<String> administrator = send(bearer(token("admin"), "/api/v1/import/dossiers")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(administrator.statusCode()).isNotIn(401, 403).isBetween(200, 499);
    }

    @Test
    void anUnknownMalformedOrMissingTokenIsRefusedWithTheBearerChallenge() throws Exception {
        String unknown = "mct_" + "A".repeat(43);
        for (String authorization : new String[] {"Bearer " + unknown, "Bearer not-a-token", "Bearer", "bearer  "}) {
            HttpResponse<String> refused = send(request("/api/v1/dossiers/inbox")
                    .header("Authorization", authorization).GET());
            assertThat(refused.statusCode()).as(authorization).isEqualTo(401);
            assertThat(refused.headers().allValues("WWW-Authenticate")).as(authorization).containsExactly(INVALID_TOKEN);
            assertThat(JsonPath.<String>read(refused.body(), "$.message"))
                    .isEqualTo("Mã truy cập API không đúng, đã hết hạn hoặc đã bị thu hồi.");
            assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
        }
        HttpResponse<String> english = send(request("/api/v1/dossiers/inbox?lang=en")
                .header("Authorization", "Bearer " + unknown).GET());
        assertThat(JsonPath.<String>read(english.body(), "$.message")).isEqualTo("The API token is wrong, expired or revoked.");
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceEvenWherePublicDataNeedsNoLogin() throws Exception {
        IssuedApiToken issued = tokens.issue(new ApiTokenForm("tiepnhan", "Sẽ thu hồi ngay", ""), "admin");
        assertThat(send(bearer(issued.secret(), "/api/v1/dossiers/inbox").GET()).statusCode()).isEqualTo(200);

        tokens.revoke(issued.token().id(), "admin");

        HttpResponse<String> refused = send(bearer(issued.secret(), "/api/v1/dossiers/inbox").GET());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue(INVALID_TOKEN);
        // A client sending a dead token learns it, rather than being served as anonymous.
        assertThat(send(bearer(issued.secret(), "/api/v1/units").GET()).statusCode()).isEqualTo(401);
        assertThat(send(request("/api/v1/units").GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenOpensTheApiOnlyNotThePages() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base() + "/admin/tokens"))
                .header("Authorization", "Bearer " + token("admin")).GET());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void httpBasicStillWorksAndNoCredentialsOfferBothWays() throws Exception {
        String basic = Base64.getEncoder().encodeToString("tiepnhan:motcua-demo".getBytes(StandardCharsets.UTF_8));
        assertThat(send(request("/api/v1/dossiers/inbox").header("Authorization", "Basic " + basic).GET())
                .statusCode()).isEqualTo(200);

        HttpResponse<String> anonymous = send(request("/api/v1/dossiers/inbox").GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("WWW-Authenticate"))
                .containsExactly("Basic realm=\"Motcua\"", "Bearer realm=\"Motcua\"");
        assertThat(JsonPath.<String>read(anonymous.body(), "$.message")).contains("HTTP Basic", "Bearer");

        String wrong = Base64.getEncoder().encodeToString("tiepnhan:sai-mat-khau".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> wrongPassword = send(request("/api/v1/dossiers/inbox")
                .header("Authorization", "Basic " + wrong).GET());
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Motcua\"");
    }

    private String token(String officer) {
        return tokens.issue(new ApiTokenForm(officer, "Kiểm thử " + officer, ""), "admin").secret();
    }

    private HttpRequest.Builder bearer(String secret, String path) {
        return request(path).header("Authorization", "Bearer " + secret);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json")
                .header("Accept-Language", "vi");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
