package vn.motcua.load;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One dossier of procedure 1.013859 (cấp thẻ công chứng viên) from the counter to the returned result,
 * each step taken by the demo officer who holds it, with the version the previous answer gave.
 * Some dossiers take a supplement round on the way.
 */
final class DossierJourney {

    /** One action on the dossier by one officer, with the fields its body carries besides action and version. */
    record Step(String officer, String action, Map<String, Object> fields) {
        String label() {
            return action + " (" + officer + ")";
        }
    }

    static final String RECEIVE = "receive (tiepnhan)";

    private static final Step TO_JUSTICE = new Step("tiepnhan", "COMPLETE_STEP", Map.of());
    private static final Step REQUEST_SUPPLEMENT = new Step("chuyenvien.tuphap", "REQUEST_SUPPLEMENT", Map.of("items",
            List.of(Map.of("name", "Bản sao quyết định bổ nhiệm công chứng viên", "reason", "Chưa có bản sao chứng thực"))));
    private static final Step SUPPLEMENT = new Step("tiepnhan", "SUPPLEMENT",
            Map.of("answers", List.of(Map.of("item", 1, "copies", 1))));
    private static final List<Step> TO_THE_END = List.of(
            new Step("chuyenvien.tuphap", "COMPLETE_STEP", Map.of()),
            new Step("lanhdao.tuphap", "COMPLETE_STEP", Map.of()),
            new Step("vanthu.tuphap", "MARK_DONE", Map.of()),
            new Step("tiepnhan", "RETURN_RESULT", Map.of("method", "COUNTER")));

    /** Every action label in the order of the lifecycle, for the report. */
    static final List<String> LABELS = List.of(RECEIVE, TO_JUSTICE.label(), REQUEST_SUPPLEMENT.label(),
            SUPPLEMENT.label(), TO_THE_END.get(0).label(), TO_THE_END.get(1).label(), TO_THE_END.get(2).label(),
            TO_THE_END.get(3).label());

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lò", "Quàng", "Lường", "Cầm", "Vũ", "Phạm"};
    private static final String[] GIVEN = {"Văn An", "Thị Hường", "Đức Minh", "Thị Thu", "Văn Dũng", "Thị Lan"};

    private final MotcuaApi api;
    private final int supplementEvery;
    private final Instant deadline;

    DossierJourney(MotcuaApi api, int supplementEvery, Instant deadline) {
        this.api = api;
        this.supplementEvery = supplementEvery;
        this.deadline = deadline;
    }

    /** Drives dossier number {@code n} to its return; false when a call failed or time ran out on the way. */
    boolean run(int n) {
        MotcuaApi.Reply reply = api.post("tiepnhan", "/api/v1/dossiers", reception(n), RECEIVE);
        for (Step step : steps(n)) {
            if (!reply.ok() || Instant.now().isAfter(deadline)) {
                return false;
            }
            Map<String, Object> body = new LinkedHashMap<>(step.fields());
            body.put("action", step.action());
            body.put("version", reply.body().path("lockVersion").asInt());
            reply = api.post(step.officer(), "/api/v1/dossiers/" + reply.body().path("code").asString() + "/actions",
                    body, step.label());
        }
        return reply.ok();
    }

    private List<Step> steps(int n) {
        boolean supplementRound = supplementEvery > 0 && n % supplementEvery == supplementEvery - 1;
        List<Step> opening = supplementRound ? List.of(TO_JUSTICE, REQUEST_SUPPLEMENT, SUPPLEMENT) : List.of(TO_JUSTICE);
        return Stream.concat(opening.stream(), TO_THE_END.stream()).toList();
    }

    /** A walk-in application for a notary card; the applicant's ID number (Điện Biên, born 1970–99) is unique per n. */
    private static Map<String, Object> reception(int n) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("type", "citizen");
        applicant.put("idNumber", "0110%02d%06d".formatted(70 + n % 30, n % 1_000_000));
        applicant.put("name", FAMILY[n % FAMILY.length] + " " + GIVEN[n / FAMILY.length % GIVEN.length]);
        applicant.put("phone", null);
        applicant.put("email", null);
        applicant.put("address", "Phường Mường Thanh, tỉnh Điện Biên");
        Map<String, Object> component = new LinkedHashMap<>();
        component.put("name", "Đơn đề nghị cấp thẻ công chứng viên");
        component.put("originals", 1);
        component.put("copies", 0);
        component.put("submitted", true);
        component.put("reused", false);
        component.put("fromNationalStore", false);
        component.put("files", List.of());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", "1.013859");
        body.put("channel", "COUNTER");
        body.put("applicant", applicant);
        body.put("components", List.of(component));
        body.put("returnMethod", "COUNTER");
        return body;
    }
}
