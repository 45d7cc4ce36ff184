package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;

/** The dossier API over real HTTP with Basic auth: a whole lifecycle and its refusals. */
@MotcuaIntegrationTest
class DossierApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;

    OfficeApi api;

    @BeforeEach
    void client() {
        api = new OfficeApi(port);
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    OfficeApi.Reply receive() {
        OfficeApi.Reply reply = api.post("tiepnhan", "/api/v1/dossiers", OfficeSamples.receptionJson("[]"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply;
    }

    OfficeApi.Reply act(String user, String code, int version, String action, String fields) {
        return api.post(user, "/api/v1/dossiers/" + code + "/actions",
                "{\"action\": \"" + action + "\", \"version\": " + version + (fields.isEmpty() ? "" : ", " + fields) + "}");
    }

    /** Acts and expects success; returns the new version. */
    int ok(String user, String code, int version, String action, String fields, String status) {
        OfficeApi.Reply reply = act(user, code, version, action, fields);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.<String>json("$.status")).isEqualTo(status);
        return reply.<Integer>json("$.lockVersion");
    }

    @Test
    void aDossierGoesFromCounterReceptionToReturnWithOneSupplementRound() {
        OfficeApi.Reply received = receive();
        String code = received.json("$.code");
        assertThat(received.headers().firstValue("Location")).hasValue("/api/v1/dossiers/" + code);
        assertThat(received.<String>json("$.status")).isEqualTo("RECEIVED");
        assertThat(received.<String>json("$.applicant.type")).isEqualTo("citizen");
        assertThat(received.<List<String>>json("$.availableActions")).contains("COMPLETE_STEP");
        assertThat(received.<List<String>>json("$.documents")).contains("receipt", "tracking-sheet");
        int v = received.<Integer>json("$.lockVersion");

        v = ok("tiepnhan", code, v, "COMPLETE_STEP", "\"note\": \"Chuyển Sở Tư pháp\"", "PROCESSING");
        assertThat(api.get("chuyenvien.tuphap", "/api/v1/dossiers/inbox?scope=UNIT&filter=ALL&status=PROCESSING")
                .<List<String>>json("$.items[*].code")).contains(code);
        v = ok("chuyenvien.tuphap", code, v, "REQUEST_SUPPLEMENT", """
                "items": [{"name": "Bản sao quyết định bổ nhiệm", "reason": "Chưa có bản sao chứng thực"}]""",
                "SUPPLEMENT_REQUESTED");
        v = ok("tiepnhan", code, v, "SUPPLEMENT", """
                "answers": [{"item": 1, "originals": 0, "copies": 1}]""",
                "PROCESSING");
        v = ok("chuyenvien.tuphap", code, v, "COMPLETE_STEP", "\"note\": \"Đủ điều kiện\"", "PROCESSING");
        v = ok("lanhdao.tuphap", code, v, "COMPLETE_STEP", "\"note\": \"Đồng ý\"", "PROCESSING");
        String unknown = "\"results\": [{\"sha256\": \"" + "ef".repeat(32) + "\", \"originalName\": \"ket-qua.pdf\", "
                + "\"mediaType\": \"application/pdf\", \"size\": 1234}]";
        OfficeApi.Reply refused = act("vanthu.tuphap", code, v, "MARK_DONE", unknown);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("results[0].file");
        OfficeApi.Reply uploaded = api.upload("vanthu.tuphap", "ket-qua.pdf", OfficeSamples.pdf());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        // The upload's reply is the result file as MARK_DONE takes it.
        OfficeApi.Reply done = act("vanthu.tuphap", code, v, "MARK_DONE", "\"note\": \"Số 12/TCCV\", \"results\": ["
                + uploaded.body() + "]");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.<String>json("$.results[0].code")).isEqualTo(code + "-KQ1");
        // The dossier keeps the result as sealed (the QR code and the unit's seal added), not the draft uploaded.
        assertThat(api.get("tiepnhan", "/api/v1/dossiers/" + code + "/files/"
                + done.<String>json("$.results[0].file.sha256")).status()).isEqualTo(200);
        v = done.<Integer>json("$.lockVersion");
        ok("tiepnhan", code, v, "RETURN_RESULT", "\"method\": \"COUNTER\"", "RETURNED");

        OfficeApi.Reply returned = api.get("tiepnhan", "/api/v1/dossiers/" + code);
        assertThat(returned.<List<String>>json("$.tracking[*].action")).containsExactly("RECEIVE_AT_COUNTER",
                "COMPLETE_STEP", "REQUEST_SUPPLEMENT", "SUPPLEMENT", "COMPLETE_STEP", "COMPLETE_STEP", "MARK_DONE",
                "RETURN_RESULT");
        assertThat(returned.<List<String>>json("$.availableActions")).isEmpty();
        assertThat(returned.<List<String>>json("$.documents")).contains("supplement-request");
    }

    @Test
    void aStaleVersionIsAConflictAndAnActionNotAllowedNowToo() {
        OfficeApi.Reply received = receive();
        String code = received.json("$.code");
        int read = received.json("$.lockVersion");
        ok("tiepnhan", code, read, "COMPLETE_STEP", "", "PROCESSING");

        OfficeApi.Reply stale = act("tiepnhan", code, read, "COMPLETE_STEP", "");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.<String>json("$.message")).contains("vừa được người khác cập nhật");

        int now = api.get("tiepnhan", "/api/v1/dossiers/" + code).json("$.lockVersion");
        OfficeApi.Reply notTheirStep = act("lanhdao.tuphap", code, now, "COMPLETE_STEP", "");
        assertThat(notTheirStep.status()).isEqualTo(409);
        assertThat(notTheirStep.<String>json("$.errors[0].message")).isNotBlank();
    }

    @Test
    void anOfficerOfAnotherUnitGetsNotFoundAndAnAdministrator403AndNobody401() {
        String code = receive().json("$.code");
        OfficeApi.Reply other = api.get("chuyenvien.taichinh", "/api/v1/dossiers/" + code);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.<String>json("$.message")).contains(code);
        assertThat(api.get("admin", "/api/v1/dossiers/" + code).status()).isEqualTo(403);
        assertThat(api.get(null, "/api/v1/dossiers/" + code).status()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/procedures/1.013859").status()).isEqualTo(200);
    }

    @Test
    void anUploadedScanIsAttachedAtReceptionAndServedAsPartOfTheDossier() {
        OfficeApi.Reply uploaded = api.upload("tiepnhan", "don-de-nghi.pdf", OfficeSamples.pdf());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.<String>json("$.mediaType")).isEqualTo("application/pdf");
        String sha = uploaded.json("$.sha256");
        String file = """
                [{"sha256": "%s", "originalName": "don-de-nghi.pdf", "mediaType": "application/pdf", "size": %d}]"""
                .formatted(sha, OfficeSamples.pdf().length);

        OfficeApi.Reply received = api.post("tiepnhan", "/api/v1/dossiers", OfficeSamples.receptionJson(file));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        assertThat(received.<Boolean>json("$.components[0].digitised")).isTrue();
        String code = received.json("$.code");
        var download = api.download("tiepnhan", "/api/v1/dossiers/" + code + "/files/" + sha);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(OfficeSamples.pdf());

        var receipt = api.download("tiepnhan", "/api/v1/dossiers/" + code + "/documents/receipt.pdf");
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(receipt.headers().firstValue("Content-Disposition").orElseThrow()).contains("filename");
        assertThat(new String(receipt.body(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aFileNeverUploadedCannotBeNamedInAReception() {
        String file = "[{\"sha256\": \"" + "a".repeat(64) + "\", \"originalName\": \"x.pdf\", "
                + "\"mediaType\": \"application/pdf\", \"size\": 10}]";
        OfficeApi.Reply refused = api.post("tiepnhan", "/api/v1/dossiers", OfficeSamples.receptionJson(file));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("components[0].file");
    }

    @Test
    void anExecutableRenamedPdfIsRefusedInVietnamese() {
        OfficeApi.Reply refused = api.upload("tiepnhan", "scan.pdf", OfficeSamples.executable());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("file");
        assertThat(refused.<String>json("$.message")).contains("không phải là tệp");
    }

    /**
     * A 200 MB upload announced with Expect: 100-continue, as curl and integration clients send large
     * bodies: the server refuses it from its announced length, before a byte of the file is sent.
     */
    @Test
    void a200MegabyteUploadIsRefusedFromItsAnnouncedSizeBeforeItIsSent() throws Exception {
        String credentials = java.util.Base64.getEncoder().encodeToString(
                "tiepnhan:motcua-demo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String request = "POST /api/v1/files HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nAccept: application/json\r\nContent-Type: multipart/form-data; boundary=x"
                    + "\r\nContent-Length: " + 200L * 1024 * 1024 + "\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            // Tomcat may first say "100 Continue"; the refusal follows at once, with no body sent.
            assertThat(answer).contains("HTTP/1.1 400").contains("\"field\":\"file\"").contains("quá lớn");
        }
    }

    @Test
    void badRequestsAreExplainedAsFieldProblems() {
        OfficeApi.Reply invalid = api.post("tiepnhan", "/api/v1/dossiers", OfficeSamples.receptionJson("[]")
                .replace("011090001234", "01109000123"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.<List<Map<String, String>>>json("$.errors")).anySatisfy(e ->
                assertThat(e).containsEntry("field", "applicant.idNumber"));
        String code = receive().json("$.code");
        assertThat(act("tiepnhan", code, 0, "FLY", "").<String>json("$.errors[0].field")).isEqualTo("action");
        assertThat(api.post("tiepnhan", "/api/v1/dossiers/" + code + "/actions", "{\"action\": \"COMPLETE_STEP\"}")
                .<String>json("$.errors[0].field")).isEqualTo("version");
        assertThat(api.post("tiepnhan", "/api/v1/dossiers", "{not json").status()).isEqualTo(400);
    }

    @Test
    void searchFindsByIdNumberAndTheApiIsDocumented() {
        String code = receive().json("$.code");
        assertThat(api.get("tiepnhan", "/api/v1/dossiers?q=011090001234").<List<String>>json("$[*].code"))
                .contains(code);
        assertThat(api.get("tiepnhan", "/api/v1/dossiers?q=" + code).<List<String>>json("$[*].code"))
                .containsExactly(code);
        OfficeApi.Reply docs = api.get(null, "/v3/api-docs");
        assertThat(docs.body()).contains("/api/v1/dossiers/{code}/actions", "/api/v1/files",
                "/api/v1/dossiers/inbox", "/api/v1/dossiers/{code}/documents/{slug}.pdf");
    }
}
