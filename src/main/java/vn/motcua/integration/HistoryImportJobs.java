package vn.motcua.integration;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.motcua.organization.ProvinceCalendar;

/**
 * Imports of uploaded files run in the background (nhập nền), one at a time, so the administrator's
 * page answers at once and shows the progress.
 *
 * <p><b>Kept in memory.</b> The registry remembers the last {@value #KEPT} imports; a restart forgets
 * their pages, not their data: every batch committed before stays imported, and importing the same
 * file again updates those dossiers instead of duplicating them. An import running at shutdown stops
 * after its current batch.
 */
@Service
public class HistoryImportJobs {

    static final int KEPT = 50;
    private static final Logger LOG = LoggerFactory.getLogger(HistoryImportJobs.class);

    private final DossierHistoryImport imports;
    private final ProvinceCalendar calendar;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("history-import").daemon().factory());
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
            return size() > KEPT;
        }
    };

    HistoryImportJobs(DossierHistoryImport imports, ProvinceCalendar calendar) {
        this.imports = imports;
        this.calendar = calendar;
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
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
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
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
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
