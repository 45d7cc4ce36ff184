package vn.motcua.integration.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of DanhSachHoSoBoSung: the authority asked for more documents (NgayYeuCauBoSung) and the
 * applicant supplied them (NgayBoSung; null while they have not yet). The clock stops in between.
 */
record Supplement(LocalDateTime requested, LocalDateTime supplied) {

    static List<Supplement> read(PortalFields dossier) {
        List<Supplement> supplements = new ArrayList<>();
        for (PortalFields entry : dossier.entries("DanhSachHoSoBoSung")) {
            LocalDateTime requested = entry.requiredDate("NgayYeuCauBoSung");
            LocalDateTime supplied = entry.date("NgayBoSung");
            if (requested != null && supplied != null && supplied.isBefore(requested)) {
                entry.problem("integration.supplement.beforeRequest", entry.name("NgayBoSung"),
                        PortalDates.format(supplied), PortalDates.format(requested));
            }
            supplements.add(new Supplement(requested, supplied));
        }
        return supplements;
    }

    boolean answered() {
        return supplied != null;
    }
}
