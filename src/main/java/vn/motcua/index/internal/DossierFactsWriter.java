package vn.motcua.index.internal;

import java.util.List;
import org.springframework.stereotype.Repository;
import vn.motcua.index.DossierFacts;
import vn.motcua.index.DossierHistory;

/** Writes dossier facts and keeps the daily tallies in step (being written). */
@Repository
public class DossierFactsWriter {

    public DossierHistory.Recorded importHistory(List<DossierFacts> dossiers) {
        throw new UnsupportedOperationException("in progress");
    }
}
