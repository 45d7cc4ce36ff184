package vn.motcua.web.portal.submit;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.organization.UnitKind;

/**
 * Where an online dossier may be sent (nơi tiếp nhận): the provincial service centre or a commune's
 * one-stop counter. A commune procedure goes to a commune competent for it; a provincial one to the
 * centre or any commune, which forwards it.
 */
@Component
public class ReceivingUnits {

    private final UnitDirectory units;

    ReceivingUnits(UnitDirectory units) {
        this.units = units;
    }

    public List<Unit> offeredFor(Procedure procedure) {
        boolean commune = procedure.content().level() == ProcedureLevel.COMMUNE;
        return units.all().stream().filter(Unit::active)
                .filter(u -> commune ? u.kind() == UnitKind.COMMUNE && procedure.content().units().contains(u.identifier())
                        : u.kind() == UnitKind.SERVICE_CENTRE || u.kind() == UnitKind.COMMUNE)
                .toList();
    }
}
