package vn.motcua.reading.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import vn.motcua.document.FileStore;
import vn.motcua.platform.Folding;

/**
 * Reads queued scans every {@code motcua.reading.interval}: each one this node claims is rendered page by
 * page and read by Tesseract, and its text kept. While Tesseract is missing nothing is claimed: the scans
 * wait (the administrator's page says how many) and are read once it is installed. A file that is no
 * readable scan fails at once; a Tesseract failure (a timeout…) is tried again later, a few times.
 */
@Component
public class ScanReadingJob implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(ScanReadingJob.class);
    /** Scans one round reads at most, so a backlog is spread over rounds. */
    private static final int ROUND = 20;

    private final ScanQueue queue;
    private final FileStore files;
    private final TesseractCli tesseract;
    private final ReadingSettings settings;
    private final Clock clock;

    public ScanReadingJob(ScanQueue queue, FileStore files, TesseractCli tesseract, ReadingSettings settings,
            Clock clock) {
        this.queue = queue;
        this.files = files;
        this.tesseract = tesseract;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::readDue, settings.interval(), settings.interval()));
    }

    /** Reads the scans due now that no other node holds; answers how many were claimed. */
    public int readDue() {
        if (!tesseract.status().available()) {
            return 0;
        }
        int claimed = 0;
        for (; claimed < ROUND; claimed++) {
            Optional<ScanQueue.Claimed> next = queue.claimNext(clock.instant(), settings.claimFor());
            if (next.isEmpty()) {
                break;
            }
            read(next.get());
        }
        return claimed;
    }

    private void read(ScanQueue.Claimed scan) {
        try {
            List<BufferedImage> pages = ScanImages.pages(content(scan.sha256()), settings.maxPages());
            StringBuilder text = new StringBuilder();
            for (BufferedImage page : pages) {
                text.append(tesseract.read(page, TesseractCli.Layout.PAGE).strip()).append('\f');
            }
            String content = Folding.nfc(text.toString().strip());
            queue.read(scan, content, String.join(" ", Folding.words(content)), pages.size(), clock.instant());
        } catch (ScanImages.UnreadableScanException e) {
            queue.failed(scan, e.messageKey() + ": " + e.getMessage(), null);
        } catch (TesseractCli.OcrException e) {
            int failures = scan.attempts() + 1;
            LOG.warn("OCR of {} failed (attempt {}): {}", scan.sha256(), failures, e.getMessage());
            queue.failed(scan, e.getMessage(), failures >= settings.maxAttempts() ? null
                    : clock.instant().plus(Duration.ofMinutes(5L * failures)));
        }
    }

    private byte[] content(String sha256) {
        try (InputStream in = files.open(sha256)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
