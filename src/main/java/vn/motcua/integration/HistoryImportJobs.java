package vn.motcua.integration;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.motcua.integration.internal.ImportJobStore;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.NodeLeases;

/**
 * Imports of uploaded files run in the background (nhập nền), one at a time, so the administrator's
 * page answers at once and shows the progress.
 *
 * <p>An import runs on the node that received its file, one at a time per node; its page is kept in
 * PostgreSQL ({@link ImportJobStore}), so any node shows it. An import running at shutdown stops after
 * its current batch and its page says so: every batch committed before stays imported, and importing
 * the same file again updates those dossiers instead of duplicating them.
 */
@Service
public class HistoryImportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryImportJobs.class);

    private final DossierHistoryImport imports;
    private final ProvinceCalendar calendar;
    private final ImportJobStore store;
    private final NodeLeases nodes;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("history-import").daemon().factory());

    HistoryImportJobs(DossierHistoryImport imports, ProvinceCalendar calendar, ImportJobStore store, NodeLeases nodes,
            Clock clock) {
        this.imports = imports;
        this.calendar = calendar;
        this.store = store;
        this.nodes = nodes;
        this.clock = clock;
    }

    /**
     * Queues the import of a JSON Lines file that this registry now owns: it is deleted once imported.
     *
     * @return the job as queued
     */
    public ImportJob start(Path file, String fileName, String startedBy) {
        long size = sizeOf(file);
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), fileName, startedBy, calendar.now(), size,
                ImportJob.State.QUEUED, ImportProgress.NONE, null, null);
        update(job);
        worker.execute(() -> run(job, file));
        return job;
    }

    public Optional<ImportJob> find(String id) {
        return store.find(id, clock.instant());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        store.abandon(nodes.node(), "stopped with the node " + nodes.node(), clock.instant());
    }

    private void run(ImportJob queued, Path file) {
        ImportJob running = with(queued, ImportJob.State.RUNNING, ImportProgress.NONE, null, null);
        update(running);
        try (InputStream in = Files.newInputStream(file)) {
            ImportSummary summary = imports.importLines(in, progress -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("shutting down");
                }
                update(with(running, ImportJob.State.RUNNING, progress, null, null));
            });
            ImportProgress last = progressOf(running.id());
            update(with(running, ImportJob.State.FINISHED, last, summary, null));
        } catch (IOException | RuntimeException e) {
            LOG.warn("History import {} of {} failed", running.id(), running.fileName(), e);
            update(with(running, ImportJob.State.FAILED, progressOf(running.id()), null, String.valueOf(e)));
        } finally {
            delete(file);
        }
    }

    private ImportProgress progressOf(String id) {
        return find(id).map(ImportJob::progress).orElse(ImportProgress.NONE);
    }

    private void update(ImportJob job) {
        store.save(job, nodes.node(), clock.instant());
    }

    private static ImportJob with(ImportJob job, ImportJob.State state, ImportProgress progress, ImportSummary summary,
            String failure) {
        return new ImportJob(job.id(), job.fileName(), job.startedBy(), job.startedAt(), job.totalBytes(), state,
                progress, summary, failure);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the imported file {}", file, e);
        }
    }
}
