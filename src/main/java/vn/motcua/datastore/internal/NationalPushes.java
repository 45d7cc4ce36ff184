package vn.motcua.datastore.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import vn.motcua.datastore.NationalDataStore;
import vn.motcua.datastore.StoredDocument;
import vn.motcua.document.FileStore;

/**
 * Pushes every stored result to the national data store, every {@code push-interval}: each due push this
 * node claims is sent; a failure (down, too slow, an error) waits {@link NationalStoreSettings#backoff}
 * and is tried again, as long as it takes. A push answered with an error after the store kept the
 * document is sent again and answered as a duplicate, which is a success.
 */
@Component
class NationalPushes implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(NationalPushes.class);
    /** Pushes one round sends at most, so that a long outage's backlog is sent over a few rounds. */
    private static final int ROUND = 100;

    private final NationalPushOutbox outbox;
    private final StoredDocumentRepository documents;
    private final FileStore files;
    private final NationalDataStore national;
    private final NationalStoreSettings settings;
    private final Clock clock;

    NationalPushes(NationalPushOutbox outbox, StoredDocumentRepository documents, FileStore files,
            NationalDataStore national, NationalStoreSettings settings, Clock clock) {
        this.outbox = outbox;
        this.documents = documents;
        this.files = files;
        this.national = national;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::pushDue, settings.pushInterval(),
                settings.pushInterval()));
    }

    /** Sends the pushes due now that no other node holds. */
    void pushDue() {
        for (int i = 0; i < ROUND; i++) {
            Optional<NationalPushOutbox.Claimed> next = outbox.claimNext(clock.instant(), settings.claimFor());
            if (next.isEmpty()) {
                return;
            }
            push(next.get());
        }
    }

    private void push(NationalPushOutbox.Claimed push) {
        StoredDocument d = documents.get(push.storedDocument());
        try {
            national.push(new NationalDataStore.NationalDocument(d.reference(), d.ownerId(), d.documentType(),
                    d.dossierCode(), d.validUntil(), d.file().originalName(), d.file().mediaType(), content(d)));
            outbox.pushed(push, d.reference(), clock.instant());
        } catch (NationalDataStore.NationalStoreException e) {
            int failures = push.attempts() + 1;
            LOG.warn("Push of {} to the national data store failed (attempt {}): {}", d.reference(), failures,
                    e.getMessage());
            outbox.failed(push, e.getMessage(), clock.instant().plus(settings.backoff(failures)));
        }
    }

    private byte[] content(StoredDocument d) {
        try (InputStream in = files.open(d.file().sha256())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
