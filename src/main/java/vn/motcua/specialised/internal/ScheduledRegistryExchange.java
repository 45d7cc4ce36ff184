package vn.motcua.specialised.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the exchange every {@code motcua.specialised.send-interval} on every node: the rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so nodes share the work and never send the same exchange at once.
 */
@Component
class ScheduledRegistryExchange {

    private final RegistryExchange exchange;

    ScheduledRegistryExchange(RegistryExchange exchange) {
        this.exchange = exchange;
    }

    @Scheduled(fixedDelayString = "${motcua.specialised.send-interval}")
    void run() {
        exchange.runOnce();
    }
}
