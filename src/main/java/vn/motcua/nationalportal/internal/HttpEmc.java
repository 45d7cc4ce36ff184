package vn.motcua.nationalportal.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.motcua.nationalportal.Emc;
import vn.motcua.nationalportal.NationalPortal.Answer;

/**
 * EMC over HTTP: {@code POST {url}/events} with {@code {"data": [events]}}, answered {@code {"error_code",
 * "message"}}; failures as {@link AnswerClient} says.
 */
class HttpEmc implements Emc {

    private final AnswerClient remote;

    HttpEmc(Supplier<String> url, EmcSettings settings) {
        this.remote = new AnswerClient(url, settings.timeout(), settings.token(), "EMC");
    }

    @Override
    public Answer send(List<Map<String, Object>> events) {
        return remote.post("/events", Map.of("data", events));
    }
}
