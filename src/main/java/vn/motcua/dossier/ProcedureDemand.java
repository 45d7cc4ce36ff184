package vn.motcua.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import vn.motcua.dossier.internal.ProcedureCounts;

/**
 * Which procedures people use most, by number of dossiers: what the portal's home page offers first.
 * The home page is the most visited page and counting groups every dossier, while the ranking moves
 * slowly: it is counted again at most every {@link #FRESH_FOR}.
 */
@Service
public class ProcedureDemand {

    static final Duration FRESH_FOR = Duration.ofMinutes(10);
    private static final int RANKED = 20;

    private final ProcedureCounts counts;
    private final Clock clock;
    private final AtomicReference<Ranking> ranking = new AtomicReference<>();

    ProcedureDemand(ProcedureCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    /** Procedure codes by number of dossiers, most first, ties by code; at most {@code limit} (up to 20). */
    public List<String> mostUsed(int limit) {
        Instant now = clock.instant();
        Ranking current = ranking.get();
        if (current == null || !current.freshAt(now)) {
            current = new Ranking(now, counts.mostUsed(RANKED));
            ranking.set(current);
        }
        return current.codes().subList(0, Math.min(limit, current.codes().size()));
    }

    private record Ranking(Instant countedAt, List<String> codes) {

        boolean freshAt(Instant now) {
            return !now.isBefore(countedAt) && now.isBefore(countedAt.plus(FRESH_FOR));
        }
    }
}
