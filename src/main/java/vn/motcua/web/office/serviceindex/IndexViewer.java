package vn.motcua.web.office.serviceindex;

import org.springframework.security.access.AccessDeniedException;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.Role;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.NotFoundException;

/**
 * Whose index an officer may read. Supervisors and administrators watch the whole province: any
 * unit, or the province itself. A leader answers for one unit and sees only it; another unit's
 * index is "not found" for them, as another unit's dossier is in the office.
 *
 * @param role the officer's role
 * @param ownUnit the officer's unit
 */
public record IndexViewer(Role role, String ownUnit) {

    static IndexViewer of(OfficerPrincipal officer) {
        if (officer.role() != Role.SUPERVISOR && officer.role() != Role.ADMINISTRATOR
                && officer.role() != Role.LEADER) {
            throw new AccessDeniedException("The index is for supervisors, administrators and leaders");
        }
        return new IndexViewer(officer.role(), officer.unit());
    }

    public boolean seesEveryUnit() {
        return role != Role.LEADER;
    }

    /**
     * The unit to show for the requested one (blank: the viewer's default, the province or the
     * leader's own unit); null means the province.
     *
     * @throws NotFoundException for an unknown unit, or another unit than a leader's own
     */
    String unitToShow(String requested, UnitDirectory units) {
        String wanted = requested == null || requested.isBlank() ? null : requested.strip();
        if (!seesEveryUnit()) {
            if (wanted != null && !wanted.equals(ownUnit)) {
                throw new NotFoundException("organization.unit.notFound", wanted);
            }
            return ownUnit;
        }
        return wanted == null ? null : units.get(wanted).identifier();
    }
}
