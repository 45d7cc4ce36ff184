package vn.motcua.delivery.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.delivery.PostalService;

/**
 * Sends the orders waiting in {@code delivery_order} to VNPost, on every node: each is claimed with
 * {@code FOR UPDATE SKIP LOCKED} in a transaction that also records VNPost's answer, so two nodes never send
 * the same order at once. A failed call is tried again after a doubling wait; when VNPost took the order but
 * its answer was lost, the retry carries the same order number and VNPost answers the parcel it has.
 */
@Component
class OrderSender {

    private static final Logger LOG = LoggerFactory.getLogger(OrderSender.class);
    /** Orders one round sends at most, so a backlog never holds the scheduler for long. */
    private static final int ROUND = 200;
    private static final int MAX_ERROR = 1000;

    private final PostalOrderStore store;
    private final PostalService post;
    private final DeliverySettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OrderSender(PostalOrderStore store, PostalService post, DeliverySettings settings, TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.post = post;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${motcua.post.send-interval}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.error("VNPost order round failed", e);
        }
    }

    /** Sends the orders due now that no other node holds; returns how many were tried. */
    int sendDue() {
        int tried = 0;
        while (tried < ROUND && Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
            tried++;
        }
        return tried;
    }

    private boolean sendNext() {
        var claimed = store.claimDue(clock.instant(), settings.customerCode());
        claimed.ifPresent(order -> {
            try {
                store.registered(order, post.order(order.order()), clock.instant());
            } catch (PostalService.PostUnavailableException e) {
                int failures = order.attempts() + 1;
                LOG.warn("VNPost order {} failed (attempt {}): {}", order.order().orderNumber(), failures,
                        e.getMessage());
                store.failed(order, truncate(e.getMessage()), clock.instant().plus(settings.waitAfter(failures)));
            }
        });
        return claimed.isPresent();
    }

    private static String truncate(String error) {
        String text = error == null ? "?" : error;
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
