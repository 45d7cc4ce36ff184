package vn.motcua.web;

import jakarta.annotation.PreDestroy;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.motcua.index.IndexRecompute;
import vn.motcua.organization.ProvinceCalendar;

/**
 * Runs the index's recompute from scratch for administrators, one at a time. The admin page starts
 * it in the background (it reads every dossier again, which takes longer than a page should wait)
 * and shows how it goes; the API waits for it. One thread: two recomputes at once would only do the
 * same work twice, so a second request waits behind the first.
 */
@Component
public class IndexRecomputeJob {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRecomputeJob.class);

    /** Where the recompute stands, for the admin page. */
    public enum Phase {
        NEVER_RUN, RUNNING, FINISHED, FAILED
    }

    /**
     * @param phase where it stands
     * @param by the administrator who asked for the latest run
     * @param startedAt when the latest run started (local time)
     * @param finishedAt when it ended; null while running
     * @param result its summary once finished
     * @param failure the error's message when it failed
     */
    public record Status(Phase phase, String by, LocalDateTime startedAt, LocalDateTime finishedAt,
            IndexRecompute.Recomputed result, String failure) {

        public boolean running() {
            return phase == Phase.RUNNING;
        }
    }

    private final IndexRecompute recompute;
    private final ProvinceCalendar calendar;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("index-recompute").daemon().factory());
    private volatile Status status = new Status(Phase.NEVER_RUN, null, null, null, null, null);

    IndexRecomputeJob(IndexRecompute recompute, ProvinceCalendar calendar) {
        this.recompute = recompute;
        this.calendar = calendar;
    }

    public Status status() {
        return status;
    }

    /** Starts a recompute in the background; false (nothing started) while one is running. */
    public synchronized boolean start(String by) {
        if (status.running()) {
            return false;
        }
        status = new Status(Phase.RUNNING, by, calendar.now(), null, null, null);
        executor.submit(() -> run(by));
        return true;
    }

    /** Runs a recompute (after the one running, if any) and answers its summary. */
    public IndexRecompute.Recomputed runAndWait(String by) throws InterruptedException {
        Future<IndexRecompute.Recomputed> done;
        synchronized (this) {
            done = executor.submit(() -> {
                status = new Status(Phase.RUNNING, by, calendar.now(), null, null, null);
                return run(by);
            });
        }
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private IndexRecompute.Recomputed run(String by) {
        LocalDateTime started = status.startedAt();
        try {
            IndexRecompute.Recomputed result = recompute.recomputeFromScratch();
            status = new Status(Phase.FINISHED, by, started, calendar.now(), result, null);
            LOG.info("Index recomputed from scratch for {}: {}", by, result);
            return result;
        } catch (RuntimeException e) {
            status = new Status(Phase.FAILED, by, started, calendar.now(), null, String.valueOf(e.getMessage()));
            LOG.error("Index recompute asked by {} failed", by, e);
            throw e;
        }
    }

    /** A run cut short is harmless (the next one starts from scratch), but let a nearly finished one end. */
    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
