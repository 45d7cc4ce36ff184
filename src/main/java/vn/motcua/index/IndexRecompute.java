package vn.motcua.index;

import java.time.Duration;
import org.springframework.stereotype.Service;
import vn.motcua.index.internal.IndexRebuild;

/**
 * Tính lại từ đầu: rebuilds everything the index keeps from the modules that own the facts, for an
 * administrator who changed a rule or doubts a number. Live dossiers, ratings and procedures are
 * read again from their modules; imported history keeps the facts its import recorded (the import
 * file is its source); then the daily tallies are summed again from every dossier's facts. The
 * result equals what the listeners keep live (a test proves it).
 */
@Service
public class IndexRecompute {

    private final IndexRebuild rebuild;

    IndexRecompute(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    public Recomputed recomputeFromScratch() {
        long started = System.nanoTime();
        int procedures = rebuild.procedures();
        int live = rebuild.liveDossiers();
        long dossiers = rebuild.tallies();
        return new Recomputed(procedures, live, dossiers, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * @param procedures procedures read again from the catalog
     * @param liveDossiers dossiers read again from the dossier module
     * @param dossiers dossiers (live and imported) whose tallies were summed again
     * @param took how long it took
     */
    public record Recomputed(int procedures, int liveDossiers, long dossiers, Duration took) {
    }
}
