package vn.motcua.feedback;

import java.util.Comparator;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Catalog;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.organization.UnitKind;

/**
 * Đơn vị có thẩm quyền xử lý: the dossier's competent unit, else the procedure's first competent unit,
 * else the province's public administration service centre (its reception), else the province itself.
 */
@Component
class FeedbackRouting {

    private final DossierQueries dossiers;
    private final Catalog catalog;
    private final UnitDirectory units;

    FeedbackRouting(DossierQueries dossiers, Catalog catalog, UnitDirectory units) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.units = units;
    }

    boolean dossierExists(String code) {
        return dossiers.find(code).isPresent();
    }

    boolean procedureExists(String code) {
        return catalog.findInForce(code).filter(p -> !p.content().units().isEmpty()).isPresent();
    }

    /** Both codes, when given, must exist (checked before). */
    String unitFor(String dossierCode, String procedureCode) {
        if (dossierCode != null) {
            return dossiers.find(dossierCode).map(DossierView::competentUnit).orElseThrow();
        }
        if (procedureCode != null) {
            return catalog.inForce(procedureCode).content().units().getFirst();
        }
        return units.all().stream().filter(Unit::active)
                .filter(u -> u.kind() == UnitKind.SERVICE_CENTRE || u.parent() == null)
                .min(Comparator.comparing((Unit u) -> u.kind() != UnitKind.SERVICE_CENTRE).thenComparing(Unit::identifier))
                .map(Unit::identifier).orElseThrow();
    }
}
