package vn.motcua.web.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.web.OfficeApi;
import vn.motcua.web.OfficeSamples;

/**
 * JSON is read as written (README "Input limits"): a version of 1.9 is refused, not rounded to 1; a null
 * inside a list, an unknown status, a NUL in any string, text after the document are each a 400 that
 * names the field in the caller's language; the dossier is left as it was.
 */
@MotcuaIntegrationTest
class StrictJsonTest {

    @LocalServerPort
    int port;

    OfficeApi api;
    String code;
    int version;

    @BeforeEach
    void received() {
        api = new OfficeApi(port);
        OfficeApi.Reply received = api.post("tiepnhan", "/api/v1/dossiers", OfficeSamples.receptionJson("[]"));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        code = received.json("$.code");
        version = received.<Integer>json("$.lockVersion");
    }

    @Test
    void aFractionalVersionIsRefusedNotRounded() {
        refused("{\"action\": \"COMPLETE_STEP\", \"version\": " + version + ".9, \"note\": \"Chuyển\"}", "version");
    }

    @Test
    void aNullVersionOrAStringVersionIsRefused() {
        refused("{\"action\": \"COMPLETE_STEP\", \"version\": \"" + version + "x\", \"note\": \"Chuyển\"}", "version");
    }

    @Test
    void aNullInsideAListIsRefusedWithItsField() {
        refused("{\"action\": \"REQUEST_SUPPLEMENT\", \"version\": " + version + ", \"items\": [null]}", "items[0]");
    }

    @Test
    void textAfterTheDocumentIsRefused() {
        OfficeApi.Reply reply = act("{\"action\": \"COMPLETE_STEP\", \"version\": " + version + "} {}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertUnchanged();
    }

    @Test
    void aControlCharacterInAnyStringOfAReceptionIsRefusedWithItsField() {
        OfficeApi.Reply reply = receptionWith("Phường Mường Thanh", "Phường\\u0000Mường Thanh", "applicant.address");
        assertThat(reply.<String>json("$.message")).isEqualTo("Không được chứa ký tự điều khiển.");
    }

    @Test
    void anUnknownChoiceIsRefusedNamingTheField() {
        receptionWith("\"returnMethod\": \"COUNTER\"", "\"returnMethod\": \"DRONE\"", "returnMethod");
    }

    /** The sample reception with one piece replaced: refused with a 400 naming {@code field} alone. */
    private OfficeApi.Reply receptionWith(String piece, String replacement, String field) {
        OfficeApi.Reply reply = api.post("tiepnhan", "/api/v1/dossiers",
                OfficeSamples.receptionJson("[]").replace(piece, replacement));
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.<List<String>>json("$.errors[*].field")).containsExactly(field);
        return reply;
    }

    private void refused(String json, String field) {
        OfficeApi.Reply reply = act(json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.<List<String>>json("$.errors[*].field")).containsExactly(field);
        assertUnchanged();
    }

    private void assertUnchanged() {
        assertThat(api.get("tiepnhan", "/api/v1/dossiers/" + code).<Integer>json("$.lockVersion"))
                .as("nothing saved").isEqualTo(version);
    }

    private OfficeApi.Reply act(String json) {
        return api.post("tiepnhan", "/api/v1/dossiers/" + code + "/actions", json);
    }
}
