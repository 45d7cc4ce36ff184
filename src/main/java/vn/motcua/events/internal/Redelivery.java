package vn.motcua.events.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import vn.motcua.platform.NodeLeases;

/**
 * Every {@code motcua.events.check-interval}, on the one node holding the work ({@link NodeLeases}):
 * takes deliveries with no outcome after {@code interrupted-after} for failed, then hands the failed
 * deliveries that are due ({@code retry-first}, doubled per attempt up to {@code retry-max}, or asked for
 * by an administrator) back to Spring Modulith, which marks each resubmitted and calls its listener again.
 * One node and one thread at a time, so a delivery is never resubmitted twice at once.
 */
@Component
public class Redelivery implements SchedulingConfigurer {

    static final String WORK = "events.redelivery";
    private static final Logger LOG = LoggerFactory.getLogger(Redelivery.class);

    private final DeliveryStore store;
    private final FailedEventPublications publications;
    private final NodeLeases leases;
    private final RedeliverySettings settings;
    private final Clock clock;

    Redelivery(DeliveryStore store, FailedEventPublications publications, NodeLeases leases,
            RedeliverySettings settings, Clock clock) {
        this.store = store;
        this.publications = publications;
        this.leases = leases;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::runIfClaimed, settings.checkInterval(),
                settings.checkInterval()));
    }

    /** Runs one check now if this node holds the work or takes it; else the node holding it will. */
    public void runIfClaimed() {
        leases.runIfClaimed(WORK, settings.lease(), this::run);
    }

    private synchronized void run() {
        Instant now = clock.instant();
        int interrupted = store.markInterrupted(now.minus(settings.interruptedAfter()), now);
        if (interrupted > 0) {
            LOG.warn("{} event deliveries had no outcome after {}: taken for failed", interrupted,
                    settings.interruptedAfter());
        }
        List<DeliveryStore.Due> due = store.due(now, settings.batchSize());
        if (!due.isEmpty()) {
            resubmit(due);
        }
        store.tidy();
    }

    /**
     * Spring Modulith reads failed deliveries oldest first, a batch at a time, and resubmits those the
     * filter lets through; the batch is made just long enough to reach the last due one.
     */
    private void resubmit(List<DeliveryStore.Due> due) {
        Set<UUID> ids = due.stream().map(DeliveryStore.Due::id).collect(Collectors.toSet());
        int reach = store.failedPublishedUpTo(due.getLast().publishedAt());
        LOG.info("Delivering {} failed events again", ids.size());
        publications.resubmit(ResubmissionOptions.defaults().withBatchSize(Math.max(reach, 1))
                .withFilter(publication -> ids.contains(publication.getIdentifier())));
    }
}
