package vn.motcua.integration.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.dao.DataAccessException;
import vn.motcua.index.DossierFacts;
import vn.motcua.index.DossierHistory.Recorded;
import vn.motcua.integration.ImportProgress;
import vn.motcua.integration.ImportSummary;

/**
 * One import of dossier history: reads the stream line by line, maps each line, and hands the
 * accepted dossiers to the index in batches (each batch is one transaction, so what was written stays
 * written if a later batch fails or the server stops). Memory stays bounded by one line and one batch,
 * whatever the size of the file.
 */
public final class ImportRun {

    /** Dossiers per transaction: large enough to amortise the round trips, small enough to keep locks short. */
    public static final int BATCH_SIZE = 1000;
    /** The longest line read; a longer one is rejected unread (a dossier is a few kilobytes). */
    public static final int MAX_LINE_BYTES = 1024 * 1024;

    private final DossierLineMapper mapper;
    private final Function<List<DossierFacts>, Recorded> history;
    private final Consumer<ImportProgress> progress;
    private final SummaryTally tally = new SummaryTally();
    private final List<DossierFacts> batch = new ArrayList<>(BATCH_SIZE);
    private final Map<String, Long> batchLines = new HashMap<>();

    /**
     * @param history records a batch of facts ({@link vn.motcua.index.DossierHistory#record})
     * @param progress told the counts after each batch
     */
    public ImportRun(DossierLineMapper mapper, Function<List<DossierFacts>, Recorded> history,
            Consumer<ImportProgress> progress) {
        this.mapper = mapper;
        this.history = history;
        this.progress = progress;
    }

    public ImportSummary run(InputStream body) {
        LineReader reader = new LineReader(body, MAX_LINE_BYTES);
        try {
            for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
                if (!line.blank()) {
                    take(line, reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flush(reader.bytesRead());
        return tally.summary();
    }

    private void take(LineReader.Line line, LineReader reader) {
        tally.read();
        if (line.tooLong()) {
            tally.reject(line.number(), null, List.of(LineProblem.of("integration.line.tooLong", MAX_LINE_BYTES / (1024 * 1024))));
            return;
        }
        MappedLine mapped = mapper.map(line.bytes(), line.length());
        if (!mapped.isAccepted()) {
            tally.reject(line.number(), mapped.code(), mapped.problems());
            return;
        }
        // The same MaHoSo twice in one batch: write the first before the second, which then updates it.
        if (batchLines.containsKey(mapped.code()) || batch.size() == BATCH_SIZE) {
            flush(reader.bytesRead());
        }
        batch.add(mapped.facts());
        batchLines.put(mapped.code(), line.number());
    }

    private void flush(long bytesRead) {
        if (!batch.isEmpty()) {
            record(List.copyOf(batch));
            batch.clear();
            batchLines.clear();
        }
        progress.accept(tally.progress(bytesRead));
    }

    /**
     * The batch in one transaction; should the database refuse it, each dossier in its own, so that a line
     * no check foresaw is reported with its number and costs only itself, never the rest of its batch.
     */
    private void record(List<DossierFacts> facts) {
        try {
            tally(history.apply(facts));
        } catch (DataAccessException refused) {
            for (DossierFacts dossier : facts) {
                try {
                    tally(history.apply(List.of(dossier)));
                } catch (DataAccessException e) {
                    tally.reject(batchLines.get(dossier.code()), dossier.code(),
                            List.of(LineProblem.of("limits.import.unstorable")));
                }
            }
        }
    }

    private void tally(Recorded recorded) {
        tally.recorded(recorded.created(), recorded.replaced());
        for (String live : recorded.refusedLive()) {
            tally.reject(batchLines.get(live), live, List.of(LineProblem.of("integration.dossier.live")));
        }
    }
}
