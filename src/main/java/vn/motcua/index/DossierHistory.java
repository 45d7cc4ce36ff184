package vn.motcua.index;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.motcua.index.internal.DossierFactsWriter;

/**
 * Hồ sơ lịch sử: dossiers handled before Motcua, imported from the province's old system. Their
 * facts count in the index exactly like those of dossiers handled here.
 */
@Service
public class DossierHistory {

    private final DossierFactsWriter writer;

    DossierHistory(DossierFactsWriter writer) {
        this.writer = writer;
    }

    /**
     * Records the facts of imported dossiers in one transaction, replacing those of an earlier
     * import of the same code. A code that belongs to a dossier handled in Motcua is left alone and
     * reported: history never overwrites live data.
     */
    public Recorded record(List<DossierFacts> dossiers) {
        return writer.importHistory(dossiers);
    }

    /** Whether any history was imported yet. */
    public boolean recorded() {
        return writer.anyImported();
    }

    /**
     * @param created codes seen for the first time
     * @param replaced codes imported before, now updated
     * @param refusedLive codes of dossiers handled in Motcua, not touched
     */
    public record Recorded(int created, int replaced, List<String> refusedLive) {
    }
}
