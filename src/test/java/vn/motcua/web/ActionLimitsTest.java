package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;

/**
 * An officer's action past the documented limits (README "Input limits": reasons and notes 2,000
 * characters, no control characters, 50 items, amounts up to 10^12 đồng), a withdrawal without its reason
 * and an apology's new date that no one can come to are refused with a 400 naming the field, and the
 * dossier is left as it was.
 */
@MotcuaIntegrationTest
class ActionLimitsTest {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;

    OfficeApi api;
    String code;
    int version;

    @BeforeEach
    void receivedOnMondayMorning() {
        api = new OfficeApi(port);
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        OfficeApi.Reply received = api.post("tiepnhan", "/api/v1/dossiers", OfficeSamples.receptionJson("[]"));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        code = received.json("$.code");
        version = received.<Integer>json("$.lockVersion");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aNoteOfMoreThanTwoThousandCharactersIsRefused() {
        refused("COMPLETE_STEP", "\"note\": \"" + "x".repeat(2001) + "\"", "note");
        accepted("COMPLETE_STEP", "\"note\": \"" + "x".repeat(2000) + "\"");
    }

    @Test
    void aNoteWithANulCharacterIsRefused() {
        refused("COMPLETE_STEP", "\"note\": \"chuyển\\u0000tiếp\"", "note");
    }

    @Test
    void moreThanFiftySupplementItemsAreRefused() {
        accepted("COMPLETE_STEP", "\"note\": \"Chuyển Sở Tư pháp\"");
        String items = IntStream.rangeClosed(1, 51)
                .mapToObj(i -> "{\"name\": \"Giấy tờ " + i + "\", \"reason\": \"Thiếu\"}")
                .collect(Collectors.joining(", ", "\"items\": [", "]"));
        refused("chuyenvien.tuphap", "REQUEST_SUPPLEMENT", items, "items");
    }

    @Test
    void aWithdrawalNeedsItsReason() {
        refused("WITHDRAW", "\"reason\": \"  \"", "reason");
        accepted("WITHDRAW", "\"reason\": \"Người nộp rút hồ sơ tại quầy\"");
    }

    @Test
    void anApologysNewDateIsAWorkingMomentWithinAYear() {
        refused("APOLOGISE", apology("2026-08-30T22:00"), "newAppointment"); // a Sunday night
        refused("APOLOGISE", apology("2026-08-31T19:00"), "newAppointment"); // a Monday, after office hours
        refused("APOLOGISE", apology("2027-06-01T08:00"), "newAppointment"); // a Tuesday, more than a year on
        accepted("APOLOGISE", apology("2026-08-31T08:00"));
    }

    private static String apology(String newAppointment) {
        return "\"reason\": \"Cần xác minh thêm\", \"newAppointment\": \"" + newAppointment + "\"";
    }

    private void refused(String action, String fields, String field) {
        refused("tiepnhan", action, fields, field);
    }

    private void refused(String user, String action, String fields, String field) {
        OfficeApi.Reply reply = act(user, action, fields);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.<List<String>>json("$.errors[*].field")).contains(field);
        assertThat(api.get("tiepnhan", "/api/v1/dossiers/" + code).<Integer>json("$.lockVersion"))
                .as("nothing saved").isEqualTo(version);
    }

    private void accepted(String action, String fields) {
        OfficeApi.Reply reply = act("tiepnhan", action, fields);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        version = reply.<Integer>json("$.lockVersion");
    }

    private OfficeApi.Reply act(String user, String action, String fields) {
        return api.post(user, "/api/v1/dossiers/" + code + "/actions",
                "{\"action\": \"" + action + "\", \"version\": " + version + ", " + fields + "}");
    }
}
