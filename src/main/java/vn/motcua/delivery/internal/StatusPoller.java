package vn.motcua.delivery.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.PostalService;
import vn.motcua.platform.NodeLeases;

/**
 * Asks VNPost where each open order stands, for the updates whose callback never came (VNPost down at the
 * time, the province unreachable): one node at a time ({@link NodeLeases}), every {@code poll-interval}.
 */
@Component
class StatusPoller {

    private static final Logger LOG = LoggerFactory.getLogger(StatusPoller.class);
    /** Orders asked about in one round, the oldest first. */
    private static final int ROUND = 500;

    private final PostalOrderStore store;
    private final PostalService post;
    private final Deliveries deliveries;
    private final NodeLeases leases;
    private final DeliverySettings settings;

    StatusPoller(PostalOrderStore store, PostalService post, Deliveries deliveries, NodeLeases leases,
            DeliverySettings settings) {
        this.store = store;
        this.post = post;
        this.deliveries = deliveries;
        this.leases = leases;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${motcua.post.poll-interval}")
    void scheduled() {
        try {
            leases.runIfClaimed("vnpost-poll", settings.pollInterval().multipliedBy(3), this::poll);
        } catch (RuntimeException e) {
            LOG.error("VNPost polling round failed", e);
        }
    }

    /** Asks about every open order; returns how many VNPost answered. */
    int poll() {
        List<String> open = store.open(ROUND);
        int answered = 0;
        for (String orderNumber : open) {
            try {
                var status = post.track(orderNumber);
                if (status.isPresent()) {
                    deliveries.record(status.get(), "POLL");
                    answered++;
                }
            } catch (PostalService.PostUnavailableException e) {
                LOG.warn("VNPost tracking of {} failed: {}", orderNumber, e.getMessage());
                return answered;
            }
        }
        return answered;
    }
}
