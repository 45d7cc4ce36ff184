package vn.motcua.dossier;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.internal.ProcedureCounts;

/** Which procedures people use most, by number of dossiers: what the portal's home page offers first. */
@Service
@Transactional(readOnly = true)
public class ProcedureDemand {

    private final ProcedureCounts counts;

    ProcedureDemand(ProcedureCounts counts) {
        this.counts = counts;
    }

    /** Procedure codes by number of dossiers, most first, ties by code; at most {@code limit}. */
    public List<String> mostUsed(int limit) {
        return counts.mostUsed(limit);
    }
}
