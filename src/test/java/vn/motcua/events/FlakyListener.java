package vn.motcua.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A module listener, in the tests' shared context, that fails the first deliveries of each {@link FlakyEvent}. */
@Component
class FlakyListener {

    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

    @ApplicationModuleListener
    void on(FlakyEvent event) {
        int delivery = deliveries.computeIfAbsent(event.code(), code -> new AtomicInteger()).incrementAndGet();
        if (delivery <= event.failures()) {
            throw new IllegalStateException("Delivery " + delivery + " of " + event.code() + " refused");
        }
    }

    /** How many times the event named {@code code} reached the listener (a proxy: ask, don't peek). */
    public int deliveries(String code) {
        AtomicInteger count = deliveries.get(code);
        return count == null ? 0 : count.get();
    }
}
