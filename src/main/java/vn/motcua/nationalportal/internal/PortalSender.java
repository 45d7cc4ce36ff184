package vn.motcua.nationalportal.internal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.nationalportal.NationalPortal;
import vn.motcua.nationalportal.NationalPortal.Answer;
import vn.motcua.nationalportal.NationalPortal.PortalException;

/**
 * Sends what is due, every {@code send-interval}, on every node, one dossier's batch per transaction (as
 * {@code notification.internal.OutboxSender} does): the batch is claimed with row locks
 * ({@link SyncOutbox#claimBatch}), the dossier object sent (add, or update once the portal has it or
 * answers "already exists"), then its progress entries, and the batch marked acknowledged before the
 * commit. A failure waits {@link NationalPortalSettings#waitAfter} and is tried again; after
 * {@code park-after} attempts it is parked. A node dying mid-send commits nothing: the batch is sent
 * again, and the portal keeps what it already had once.
 *
 * <p>Why a thread of its own rather than the application's shared scheduler: one slow job there (a report
 * fetched from an outside system, a big sweep) would hold every status change back with it.
 */
@Component
class PortalSender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PortalSender.class);
    /** Batches one round sends at most, so that a backlog never holds the scheduler for long. */
    private static final int ROUND = 1000;
    private static final int MAX_ERROR = 1000;

    private final SyncOutbox outbox;
    private final NationalPortal portal;
    private final NationalPortalSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private ScheduledExecutorService thread;

    PortalSender(SyncOutbox outbox, NationalPortal portal, NationalPortalSettings settings,
            TransactionTemplate transactions, Clock clock) {
        this.outbox = outbox;
        this.portal = portal;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        thread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("national-portal-sender")
                .daemon().factory());
        long every = settings.sendInterval().toMillis();
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
            LOG.error("National portal sync round failed", e);
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
        List<SyncOutbox.Change> batch = outbox.claimBatch(clock.instant());
        if (batch.isEmpty()) {
            return false;
        }
        try {
            send(batch);
            outbox.acknowledged(batch, clock.instant());
        } catch (PortalException e) {
            int failures = batch.getFirst().attempts() + 1;
            boolean park = failures >= settings.parkAfter();
            LOG.warn("Sync of {} to the national portal failed (attempt {}{}): {}", batch.getFirst().dossierCode(),
                    failures, park ? ", parked" : "", e.getMessage());
            outbox.failed(batch, e.failure(), truncate(e.getMessage()),
                    park ? null : clock.instant().plus(settings.waitAfter(failures)));
        }
        return true;
    }

    private void send(List<SyncOutbox.Change> batch) {
        String code = batch.getFirst().dossierCode();
        var dossier = batch.getLast().dossier();
        Answer answer;
        if (outbox.knownToPortal(code)) {
            answer = portal.update(dossier);
            if (Answer.UNKNOWN_DOSSIER.equals(answer.errorCode())) {
                answer = portal.add(dossier);
            }
        } else {
            answer = portal.add(dossier);
            if (Answer.ALREADY_EXISTS.equals(answer.errorCode())) {
                answer = portal.update(dossier);
            }
        }
        requireOk(answer);
        requireOk(portal.progress(code, batch.stream().map(SyncOutbox.Change::progress).toList()));
    }

    private static void requireOk(Answer answer) {
        if (!answer.ok()) {
            throw new PortalException(NationalPortal.Failure.REFUSED,
                    "National portal refused (" + answer.errorCode() + "): " + answer.message(), null);
        }
    }

    private static String truncate(String error) {
        String text = error == null ? "?" : error;
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
