package vn.motcua.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What the clients saw: latencies of successful calls per action, failures per status code and action. */
final class LoadStats {

    /** The status recorded when no HTTP answer came at all (connection refused, timeout). */
    static final int NO_ANSWER = 0;

    private final Map<String, Latencies> latencies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder transitions = new LongAdder();

    void success(String action, long nanos, boolean changesADossier) {
        latencies.computeIfAbsent(action, a -> new Latencies()).record(nanos);
        if (changesADossier) {
            transitions.increment();
        }
    }

    void failure(String action, int status) {
        errors.computeIfAbsent((status == NO_ANSWER ? "no answer" : status) + "  " + action, k -> new LongAdder())
                .increment();
    }

    long transitions() {
        return transitions.sum();
    }

    Map<String, Latencies> latencies() {
        return new TreeMap<>(latencies);
    }

    Map<String, Long> errors() {
        Map<String, Long> counts = new TreeMap<>();
        errors.forEach((key, count) -> counts.put(key, count.sum()));
        return counts;
    }
}
