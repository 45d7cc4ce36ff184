package vn.motcua.nationalportal.internal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.nationalportal.NationalPortal.PortalException;

/**
 * Sends what is due to one {@link Delivery destination}, every {@code send-interval}, on every node, one
 * dossier's batch per transaction (as {@code notification.internal.OutboxSender} does): the batch is claimed
 * with row locks ({@link SyncOutbox#claimBatch}), sent, and marked acknowledged before the commit. A failure
 * waits {@link Sending#waitAfter} and is tried again; after {@code park-after} attempts it is parked. A node
 * dying mid-send commits nothing: the batch is sent again, and the receiver keeps what it already had once.
 *
 * <p>Why a thread of its own per destination rather than the application's shared scheduler: one slow job
 * there (a report fetched from an outside system, a big sweep), or one destination down, would hold every
 * other's changes back with it.
 */
class OutboxSender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    /** Batches one round sends at most, so that a backlog never holds the scheduler for long. */
    private static final int ROUND = 1000;
    private static final int MAX_ERROR = 1000;

    private final SyncOutbox outbox;
    private final Delivery delivery;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private ScheduledExecutorService thread;

    OutboxSender(SyncOutbox outbox, Delivery delivery, TransactionTemplate transactions, Clock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        String name = delivery.destination().name().toLowerCase(java.util.Locale.ROOT) + "-sender";
        thread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
        long every = delivery.sending().sendInterval().toMillis();
        thread.scheduleWithFixedDelay(this::sendDueLogged, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        thread.shutdownNow();
        thread = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    /** A round that fails (the database gone a moment) must not end the schedule: the next one tries again. */
    private void sendDueLogged() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.error("{} sync round failed", delivery.destination(), e);
        }
    }

    /** Sends the batches due now that no other sender holds; returns how many were tried. */
    int sendDue() {
        int tried = 0;
        while (tried < ROUND && Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
            tried++;
        }
        return tried;
    }

    private boolean sendNext() {
        List<SyncOutbox.Change> batch = outbox.claimBatch(delivery.destination(), clock.instant());
        if (batch.isEmpty()) {
            return false;
        }
        try {
            delivery.send(batch);
            outbox.acknowledged(batch, clock.instant());
        } catch (PortalException e) {
            int failures = batch.getFirst().attempts() + 1;
            boolean park = failures >= delivery.sending().parkAfter();
            LOG.warn("Sync of {} to {} failed (attempt {}{}): {}", batch.getFirst().dossierCode(),
                    delivery.destination(), failures, park ? ", parked" : "", e.getMessage());
            outbox.failed(batch, e.failure(), truncate(e.getMessage()),
                    park ? null : clock.instant().plus(delivery.sending().waitAfter(failures)));
        }
        return true;
    }

    private static String truncate(String error) {
        String text = error == null ? "?" : error;
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
