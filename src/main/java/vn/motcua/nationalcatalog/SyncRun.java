package vn.motcua.nationalcatalog;

import java.io.Serializable;
import java.time.Instant;

/**
 * One sync with the national procedure database.
 *
 * @param startedAt when it began
 * @param finishedAt when it ended
 * @param node the application node that ran it
 * @param outcome DONE, or UNAVAILABLE when the database did not answer (nothing was changed then)
 * @param served how many procedures the database listed (each once)
 * @param newCount local procedures listed for the first time
 * @param changedCount local procedures whose content changed since the last sync
 * @param unchangedCount local procedures as they were
 * @param skippedCount listed procedures refused: a code not as the national database writes them, or a text
 *     longer than the limits (README "The national catalog")
 * @param error why it failed, null when done
 */
public record SyncRun(Instant startedAt, Instant finishedAt, String node, Outcome outcome, int served,
        int newCount, int changedCount, int unchangedCount, int skippedCount, String error) implements Serializable {

    /** How a sync ended. */
    public enum Outcome {
        DONE,
        UNAVAILABLE
    }
}
