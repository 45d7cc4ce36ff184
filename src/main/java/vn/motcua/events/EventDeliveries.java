package vn.motcua.events;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.motcua.events.internal.DeliveryStore;
import vn.motcua.events.internal.Redelivery;
import vn.motcua.platform.NotFoundException;

/** What administrators see of the deliveries of events to listeners: the failing ones, and a retry now. */
@Service
public class EventDeliveries {

    /** The page shows this many, oldest event first. */
    public static final int PAGE = 100;

    private final DeliveryStore store;
    private final Redelivery redelivery;
    private final Clock clock;

    EventDeliveries(DeliveryStore store, Redelivery redelivery, Clock clock) {
        this.store = store;
        this.redelivery = redelivery;
        this.clock = clock;
    }

    /** Failed deliveries and those being tried again, oldest event first, at most {@link #PAGE}. */
    public List<FailingDelivery> failing() {
        return store.failing(PAGE);
    }

    /** How many deliveries are failing in all. */
    public long countFailing() {
        return store.countFailing();
    }

    /**
     * Has a failed delivery tried again now, whatever its wait: at once when this node does the retries,
     * else at the next check of the node that does.
     *
     * @throws NotFoundException when no delivery with this id has failed (or it is being tried already)
     */
    public void retryNow(UUID id) {
        if (!store.requestRetry(id, clock.instant())) {
            throw new NotFoundException("events.notFailing", id);
        }
        redelivery.runIfClaimed();
    }
}
