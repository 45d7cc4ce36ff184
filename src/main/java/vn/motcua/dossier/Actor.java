package vn.motcua.dossier;

import vn.motcua.document.FileOwner;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerPrincipal;

/**
 * Who acts on a dossier: an officer (username, name, party, unit), the applicant or an outside system.
 *
 * @param username login name; the applicant's ID number for the applicant
 * @param fullName name printed on the tracking sheet
 * @param party applicant or the officer's handling role
 * @param unit the officer's unit; null for the applicant
 * @param onBehalfOf the leader (username) whose delegation this officer uses for this action, or null
 * @param onBehalfName that leader's name
 */
public record Actor(String username, String fullName, Party party, String unit, String onBehalfOf,
        String onBehalfName) {

    /** Someone acting in their own right. */
    public Actor(String username, String fullName, Party party, String unit) {
        this(username, fullName, party, unit, null, null);
    }

    public static Actor of(OfficerPrincipal officer) {
        return of(officer.officer());
    }

    /** An officer, e.g. an administrator handing work over: may have no handling party. */
    public static Actor of(Officer officer) {
        return new Actor(officer.username(), officer.fullName(), Party.of(officer.role()), officer.unit());
    }

    /** This officer acting as the leader {@code leader} delegated to them (ủy quyền): the leader's party. */
    public Actor onBehalfOf(Officer leader) {
        return new Actor(username, fullName, Party.of(leader.role()), unit, leader.username(), leader.fullName());
    }

    public static Actor applicant(String idNumber, String name) {
        return new Actor(idNumber, name, Party.APPLICANT, null);
    }

    /**
     * An outside system, e.g. {@code system("payment-platform", "Nền tảng thanh toán quốc gia")}: the tracking
     * sheet names it as the one who acted.
     */
    public static Actor system(String name, String fullName) {
        return new Actor(name, fullName, Party.SYSTEM, null);
    }

    /** Who this actor's uploads belong to: only they can attach them to a dossier. */
    public FileOwner fileOwner() {
        return isOfficer() ? FileOwner.officer(username) : FileOwner.applicant(username);
    }

    public boolean isOfficer() {
        return party != null && party != Party.APPLICANT && party != Party.SYSTEM;
    }

    /** An outside system acting through the pipeline with an idempotency key. */
    public boolean isSystem() {
        return party == Party.SYSTEM;
    }

    /** A supervisor: reads every dossier of the province, acts on none, and is logged doing so. */
    public boolean isSupervisor() {
        return party == Party.SUPERVISOR;
    }
}
