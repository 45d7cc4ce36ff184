package vn.motcua.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.web.OfficeApi;
import vn.motcua.web.WebTestSupport;

/**
 * A counter reception past the documented limits (README "Input limits": names 200 characters, addresses
 * 500, e-mail and ID numbers 100, summary 2,000, 50 components of at most 100 originals or copies) is
 * refused with a 400 naming each field, from the API and from the office form, and no dossier is saved.
 * A reception at every maximum is accepted, and its page and PDFs still come back.
 */
@MotcuaIntegrationTest
class ReceptionLimitsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    @Test
    void everyTextAndListPastItsLimitIsRefusedByTheApiNamingTheField() {
        OfficeApi api = new OfficeApi(port);
        long dossiers = dossiers();
        OfficeApi.Reply reply = api.post("tiepnhan", "/api/v1/dossiers", reception("x".repeat(201), "a".repeat(501),
                "s".repeat(2001), 51, "n".repeat(201), 101));
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.<List<String>>json("$.errors[*].field")).contains("applicant.name", "applicant.address",
                "summary", "components", "submitterName");
        assertThat(reply.<List<String>>json("$.errors[*].message")).contains("Tối đa 200 ký tự.", "Tối đa 50 mục.");
        assertThat(dossiers()).as("nothing saved").isEqualTo(dossiers);
    }

    @Test
    void tooManyPapersOfOneComponentAreRefused() {
        OfficeApi.Reply reply = new OfficeApi(port).post("tiepnhan", "/api/v1/dossiers",
                reception("Lò Văn Sáng", "Bản Him Lam", "Cấp thẻ", 1, "Lò Văn Sáng", 101));
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.<List<String>>json("$.errors[*].field")).containsExactly("components[0].originals");
    }

    @Test
    void theOfficeFormRefusesAnOverlongNameAndSavesNothing() throws Exception {
        long dossiers = dossiers();
        String html = WebTestSupport.mockMvc(context).perform(multipart("/office/reception/1.013859")
                        .param("channel", "COUNTER").param("applicant.type", "CITIZEN")
                        .param("applicant.idNumber", "011090009999").param("applicant.name", "x".repeat(201))
                        .param("components[0].name", "Đơn đề nghị").param("components[0].received", "true")
                        .param("components[0].originals", "1").param("returnMethod", "COUNTER")
                        .param("summary", "s".repeat(2001))
                        .with(WebTestSupport.as(context, "tiepnhan")).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Tối đa 200 ký tự.", "Tối đa 2.000 ký tự.");
        assertThat(dossiers()).as("nothing saved").isEqualTo(dossiers);
    }

    /** A dossier at every maximum: received, and its page and PDFs drawn (the time is printed, not asserted). */
    @Test
    void aReceptionAtEveryMaximumIsAcceptedAndStaysCheapToShow() {
        OfficeApi api = new OfficeApi(port);
        OfficeApi.Reply reply = api.post("tiepnhan", "/api/v1/dossiers", reception("Ư".repeat(200),
                "Đ".repeat(500), "Ố\n".repeat(1000), 50, "Ữ".repeat(200), 100));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        String code = reply.json("$.code");
        for (String path : List.of("/api/v1/dossiers/" + code + "/documents/receipt.pdf","/api/v1/dossiers/" + code, "/office/dossiers/" + code,
                "/api/v1/dossiers/" + code + "/documents/receipt.pdf",
                "/api/v1/dossiers/" + code + "/documents/tracking-sheet.pdf")) {
            long start = System.nanoTime();
            int status = api.download("tiepnhan", path).statusCode();
            System.out.printf("At every maximum: %s answered %d in %d ms%n", path, status,
                    (System.nanoTime() - start) / 1_000_000);
            assertThat(status).as(path).isEqualTo(200);
        }
    }

    private long dossiers() {
        return jdbc.sql("select count(*) from dossier").query(Long.class).single();
    }

    private static String reception(String name, String address, String summary, int components,
            String submitter, int originals) {
        String rows = IntStream.rangeClosed(1, components)
                .mapToObj(i -> "{\"name\": \"Giấy tờ " + i + "\", \"originals\": " + originals
                        + ", \"copies\": 0, \"submitted\": true}")
                .collect(Collectors.joining(", "));
        return """
                {"procedureCode": "1.013859", "channel": "COUNTER",
                 "applicant": {"type": "citizen", "idNumber": "011090001234", "name": "%s",
                               "phone": "0912345678", "address": "%s"},
                 "submitterName": "%s", "components": [%s],
                 "returnMethod": "COUNTER", "summary": "%s"}
                """.formatted(name, address, submitter, rows, summary.replace("\n", "\\n"));
    }
}
