package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.MotcuaIntegrationTest;

@MotcuaIntegrationTest
class ProcedureApiTest {

    @LocalServerPort
    int port;

    RestClient http;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    @ParameterizedTest(name = "q={0} finds {1} first")
    @CsvSource(delimiter = '|', textBlock = """
            dang ky khai sinh           | 1.001193
            ĐĂNG KÝ KHAI SINH           | 1.001193
            Đăng ký khai sinh           | 1.001193
            1.001193                    | 1.001193
            1.001193.000.00.00.H18      | 1.001193
            ly lich tu phap             | 3.000333
            cap phieu ly li             | 3.000333
            """)
    void searchFindsWhatAVietnameseUserTypes(String q, String firstCode) {
        JsonNode page = get("/api/v1/procedures?q={q}", q);
        assertThat(codes(page).getFirst()).isEqualTo(firstCode);
    }

    @Test
    void decomposedUnicodeInputFindsTheSameAsComposed() {
        String nfd = Normalizer.normalize("đăng ký khai sinh", Normalizer.Form.NFD);
        assertThat(codes(get("/api/v1/procedures?q={q}", nfd)).getFirst()).isEqualTo("1.001193");
    }

    @Test
    void filtersByFieldLevelAndUnit() {
        JsonNode hoTich = get("/api/v1/procedures?field={f}&size=100", "Hộ tịch");
        // Other test classes share the database and may add procedures, so count at least the seeded eight.
        assertThat(hoTich.get("total").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(codes(hoTich)).contains("1.001193", "1.000656");
        assertThat(hoTich.get("items")).allSatisfy(i -> assertThat(i.get("field").asString()).isEqualTo("Hộ tịch"));

        JsonNode province = get("/api/v1/procedures?q={q}&level=province", "giay phep");
        assertThat(province.get("items")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("level").asString()).isEqualTo("province"));

        JsonNode tuPhap = get("/api/v1/procedures?unit={u}&size=100", "000.00.02.H18");
        assertThat(codes(tuPhap)).contains("1.013859", "1.002153").doesNotContain("1.001193");
    }

    @Test
    void pagesTheResults() {
        JsonNode first = get("/api/v1/procedures?level=commune&size=5&page=1");
        JsonNode second = get("/api/v1/procedures?level=commune&size=5&page=2");
        assertThat(first.get("total").asInt()).isGreaterThanOrEqualTo(19);
        assertThat(codes(first)).hasSize(5).doesNotContainAnyElementsOf(codes(second));
    }

    @Test
    void theProcedureInForceHasItsSevenPartsAndTheDefaultProcessSummingTo100() {
        JsonNode p = get("/api/v1/procedures/1.001193");
        assertThat(p.get("name").asString()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(p.get("localCode").asString()).isEqualTo("1.001193.000.00.00.H18");
        assertThat(p.get("version").asInt()).isEqualTo(1);
        assertThat(p.get("steps")).isNotEmpty();
        assertThat(p.get("methods")).extracting(JsonNode::asString).containsExactly("counter", "online", "post");
        assertThat(p.get("components").get(0).get("originals").asInt()).isEqualTo(1);
        assertThat(p.get("timeLimit").get("unit").asString()).isEqualTo("working_days");
        assertThat(p.get("applicants")).extracting(JsonNode::asString).containsExactly("citizen");
        assertThat(p.get("units")).hasSize(10);
        assertThat(p.get("agency").asString()).isEqualTo("Ủy ban nhân dân cấp xã");
        assertThat(p.get("fees")).isEmpty();
        assertThat(p.get("decision").get("number").asString()).isEqualTo("123/QĐ-UBND");
        assertThat(p.has("source")).as("the source of the data is for administrators").isFalse();
        List<JsonNode> process = StreamSupport.stream(p.get("process").spliterator(), false).toList();
        assertThat(process).extracting(s -> s.get("role").asString())
                .containsExactly("RECEPTION", "SPECIALIST", "LEADER", "CLERK", "RECEPTION");
        assertThat(process.stream().mapToInt(s -> s.get("sharePercent").asInt()).sum()).isEqualTo(100);
    }

    @Test
    void anUnknownCodeIs404WithAMessageInTheUsersLanguage() {
        var response = http.get().uri("/api/v1/procedures/9.999999?lang=en").retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(response.getBody()).get("message").asString())
                .isEqualTo("No procedure with code 9.999999 is in force (the code is wrong or the procedure was abolished).");
    }

    @Test
    void listsTheVersions() {
        JsonNode versions = get("/api/v1/procedures/1.001193/versions");
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("status").asString()).isEqualTo("in_force");
        assertThat(get("/api/v1/procedures/1.001193/versions/1").get("versionId").asLong())
                .isEqualTo(versions.get(0).get("versionId").asLong());
    }

    @Test
    void appearsInTheOpenApiDocument() {
        assertThat(get("/v3/api-docs").get("paths").propertyNames())
                .contains("/api/v1/procedures", "/api/v1/procedures/{code}", "/api/v1/procedures/{code}/versions");
    }

    private JsonNode get(String path, Object... variables) {
        String body = http.get().uri(UriComponentsBuilder.fromUriString(path).encode().buildAndExpand(variables)
                .toUri()).retrieve().body(String.class);
        return json.readTree(body);
    }

    private static List<String> codes(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(i -> i.get("code").asString()).toList();
    }
}
