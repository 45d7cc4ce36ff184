package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;

/**
 * The history import refuses every content type a plain HTML form can send: a browser that holds an
 * administrator's credentials cannot be made to import lines by another site's form.
 */
@MotcuaIntegrationTest
class ImportContentTypeTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=b", "text/plain"})
    void aFormsContentTypeIsRefusedWith415NamingTheTypesTaken(String type) throws Exception {
        String body = type.startsWith("multipart")
                ? "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n{}\r\n--b--\r\n"
                : "{\"MaHoSo\":\"H18-2019-999999\"}\n";
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/import/dossiers?lang=en"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:motcua-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build();

        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.body()).contains("This address does not take the content type sent",
                "application/x-ndjson", "application/jsonl", "application/json").doesNotContain("text/plain");
    }
}
