package vn.motcua.index.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.Catalog;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.index.DossierFacts;

/** Reads facts from the modules that own them: a live dossier from the dossier module, a procedure from the catalog. */
@Component
public class FactSources {

    private final DossierQueries dossiers;
    private final Catalog catalog;
    private final DossierFactsWriter writer;
    private final ProcedureFactsStore procedures;

    FactSources(DossierQueries dossiers, Catalog catalog, DossierFactsWriter writer, ProcedureFactsStore procedures) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.writer = writer;
        this.procedures = procedures;
    }

    public void refreshDossier(String code) {
        writer.writeLive(code, () -> currentFacts(code));
    }

    @Transactional
    public void refreshProcedure(String code) {
        procedures.replace(code, catalog.allVersions(code));
    }

    private Optional<DossierFacts> currentFacts(String code) {
        return dossiers.find(code)
                .map(view -> LiveDossierFacts.of(view, catalog.version(view.procedureVersionId())));
    }
}
