package vn.motcua.nationalportal.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.motcua.nationalportal.NationalPortal;

/**
 * The portal over HTTP, JSON both ways: {@code POST {url}/dossiers/add} and {@code …/dossiers/update} with
 * {@code {"data": [dossier]}}, {@code POST {url}/progress} with {@code {"MaHoSo", "data": [entries]}}; the
 * answer is {@code {"error_code", "message"}}, failures as {@link AnswerClient} says.
 */
class HttpNationalPortal implements NationalPortal {

    private final AnswerClient remote;

    HttpNationalPortal(Supplier<String> url, NationalPortalSettings settings) {
        this.remote = new AnswerClient(url, settings.timeout(), settings.token(), "National portal");
    }

    @Override
    public Answer add(Map<String, Object> dossier) {
        return remote.post("/dossiers/add", Map.of("data", List.of(dossier)));
    }

    @Override
    public Answer update(Map<String, Object> dossier) {
        return remote.post("/dossiers/update", Map.of("data", List.of(dossier)));
    }

    @Override
    public Answer progress(String dossierCode, List<Map<String, Object>> entries) {
        return remote.post("/progress", Map.of("MaHoSo", dossierCode, "data", entries));
    }
}
