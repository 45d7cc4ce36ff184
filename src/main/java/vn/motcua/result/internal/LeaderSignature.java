package vn.motcua.result.internal;

import org.springframework.stereotype.Component;
import vn.motcua.catalog.Catalog;
import vn.motcua.dossier.DossierView;

/**
 * Whether a dossier's result carries its leader's personal signature: its procedure version says so
 * ({@code ProcedureResult.leaderSignsPersonally}), the version the dossier is handled under, so that a
 * later change of the catalog never changes how a dossier already in hand is signed.
 */
@Component
class LeaderSignature {

    private final Catalog catalog;

    LeaderSignature(Catalog catalog) {
        this.catalog = catalog;
    }

    boolean required(DossierView dossier) {
        return catalog.version(dossier.procedureVersionId()).content().result().leaderSignsPersonally();
    }
}
