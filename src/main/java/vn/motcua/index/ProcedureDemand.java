package vn.motcua.index;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import vn.motcua.index.internal.ProcedureCounts;
import vn.motcua.organization.ProvinceCalendar;

/**
 * Which procedures people use most: what the portal's home page offers first. Counted from the
 * index's facts, so a province's imported history counts as much as the dossiers handled in Motcua,
 * over the dossiers received in the last {@link #WINDOW} — recent demand, not the whole past. The home
 * page is the most visited page and counting groups many dossiers while the ranking moves slowly, so
 * it is counted again at most every {@link #FRESH_FOR}.
 */
@Service
public class ProcedureDemand {

    /** How far back the dossiers counted go. */
    public static final Duration WINDOW = Duration.ofDays(90);
    static final Duration FRESH_FOR = Duration.ofMinutes(10);
    private static final int RANKED = 20;

    private final ProcedureCounts counts;
    private final ProvinceCalendar calendar;
    private final AtomicReference<Ranking> ranking = new AtomicReference<>();

    ProcedureDemand(ProcedureCounts counts, ProvinceCalendar calendar) {
        this.counts = counts;
        this.calendar = calendar;
    }

    /** Procedure codes by number of dossiers, most first, ties by code; at most {@code limit} (up to 20). */
    public List<String> mostUsed(int limit) {
        LocalDateTime now = calendar.now();
        Ranking current = ranking.get();
        if (current == null || !current.freshAt(now)) {
            current = new Ranking(now, counts.mostUsed(now.minus(WINDOW), now, RANKED));
            ranking.set(current);
        }
        return current.codes().subList(0, Math.min(limit, current.codes().size()));
    }

    private record Ranking(LocalDateTime countedAt, List<String> codes) {

        boolean freshAt(LocalDateTime now) {
            return !now.isBefore(countedAt) && now.isBefore(countedAt.plus(FRESH_FOR));
        }
    }
}
