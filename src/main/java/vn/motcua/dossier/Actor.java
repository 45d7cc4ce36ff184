package vn.motcua.dossier;

import vn.motcua.document.FileOwner;
import vn.motcua.organization.OfficerPrincipal;

/**
 * Who acts on a dossier: an officer (username, name, party, unit) or the applicant.
 *
 * @param username login name; the applicant's ID number for the applicant
 * @param fullName name printed on the tracking sheet
 * @param party applicant or the officer's handling role
 * @param unit the officer's unit; null for the applicant
 */
public record Actor(String username, String fullName, Party party, String unit) {

    public static Actor of(OfficerPrincipal officer) {
        return new Actor(officer.getUsername(), officer.officer().fullName(), Party.of(officer.role()),
                officer.unit());
    }

    public static Actor applicant(String idNumber, String name) {
        return new Actor(idNumber, name, Party.APPLICANT, null);
    }

    /** Who this actor's uploads belong to: only they can attach them to a dossier. */
    public FileOwner fileOwner() {
        return isOfficer() ? FileOwner.officer(username) : FileOwner.applicant(username);
    }

    public boolean isOfficer() {
        return party != null && party != Party.APPLICANT;
    }

    /** A supervisor: reads every dossier of the province, acts on none, and is logged doing so. */
    public boolean isSupervisor() {
        return party == Party.SUPERVISOR;
    }
}
