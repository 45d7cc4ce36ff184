package vn.motcua.payment.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import vn.motcua.platform.NodeLeases;

/**
 * The scheduled mop-up, on the one node holding it ({@link NodeLeases}): every {@code mop-up-interval},
 * online attempts created more than {@code query-after} ago and still without an outcome are asked about
 * (each at most once per {@code query-after}); the platform's answer settles them, and those it knows no
 * payment of expire after {@code expire-after}. So a lost callback delays a payment by minutes, not for ever.
 */
@Component
public class PaymentMopUp implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentMopUp.class);
    static final String WORK = "payment.mop-up";
    private static final int BATCH = 200;

    private final AttemptStore store;
    private final OnlinePayments online;
    private final NodeLeases leases;
    private final PlatformSettings settings;
    private final Clock clock;

    PaymentMopUp(AttemptStore store, OnlinePayments online, NodeLeases leases, PlatformSettings settings, Clock clock) {
        this.store = store;
        this.online = online;
        this.leases = leases;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::runIfClaimed, settings.mopUpInterval(),
                settings.mopUpInterval()));
    }

    /** Runs one mop-up now if this node holds the work or takes it. */
    public void runIfClaimed() {
        leases.runIfClaimed(WORK, settings.lease(), this::run);
    }

    private synchronized void run() {
        Instant now = clock.instant();
        Instant due = now.minus(settings.queryAfter());
        List<String> open = store.openOnlineCreatedBefore(due, due, BATCH);
        for (String reference : open) {
            store.checked(reference, now);
            try {
                online.settle(reference);
            } catch (RuntimeException e) {
                // One attempt the platform answers strangely about must not keep the others waiting.
                LOG.error("Mop-up of payment {} failed", reference, e);
            }
        }
    }
}
