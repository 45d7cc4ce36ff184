package vn.motcua.index.internal;

import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.index.DossierFacts;

/**
 * The facts of a dossier handled in Motcua, from its current state. What Motcua does not do yet
 * is recorded as not done, because it was not: results are not digitally signed (so no result is a
 * legally valid electronic one), fees are not collected online, applicants are not verified
 * against the population database nor logged in with VNeID, and statuses are not sent to the
 * national portal. The index shows those points as lost, with that reason.
 */
final class LiveDossierFacts {

    private LiveDossierFacts() {
    }

    static DossierFacts of(DossierView dossier, Procedure procedure) {
        List<DossierView.Component> components = dossier.components();
        return new DossierFacts(dossier.code(), dossier.competentUnit(), dossier.procedureCode(), dossier.channel(),
                dossier.applicant().type(), dossier.status(), timeline(dossier),
                DossierFacts.ProcedureTraits.of(procedure),
                new DossierFacts.Digitisation(
                        allDigitised(components),
                        false,
                        components.stream().anyMatch(DossierView.Component::reused),
                        components.stream().anyMatch(DossierView.Component::fromNationalStore)),
                new DossierFacts.Payment(dossier.feesDueVnd(), false),
                false, false, false);
    }

    /**
     * 5.2: every component the applicant handed in is digitised. Components not submitted (not
     * applicable to this applicant, optional ones left out) have nothing to scan, so they do not count
     * against the dossier; one with nothing submitted at all has nothing digitised.
     */
    static boolean allDigitised(List<DossierView.Component> components) {
        List<DossierView.Component> submitted = components.stream().filter(DossierView.Component::submitted).toList();
        return !submitted.isEmpty() && submitted.stream().allMatch(DossierView.Component::digitised);
    }

    /**
     * The dossier module records one end of handling: done for a result, else the stop or refusal.
     * Moments are kept as they happened (a dossier received and refused on a Sunday night has both at
     * that night); the floor at the receipt only guards the facts' rule that nothing finishes before
     * it was received.
     */
    private static DossierFacts.Timeline timeline(DossierView d) {
        boolean result = d.status() == DossierStatus.DONE || d.status() == DossierStatus.RETURNED;
        boolean closed = d.status() == DossierStatus.REFUSED || d.status() == DossierStatus.STOPPED;
        LocalDateTime received = d.receivedAt();
        return new DossierFacts.Timeline(d.submittedAt(), received, d.appointment(),
                notBefore(result ? d.finishedAt() : null, received),
                notBefore(d.status() == DossierStatus.RETURNED ? d.returnedAt() : null, received),
                notBefore(closed ? d.finishedAt() : null, received),
                d.supplementCount(), d.apologyCount() > 0, null, null);
    }

    private static LocalDateTime notBefore(LocalDateTime moment, LocalDateTime floor) {
        return moment == null || floor == null || !moment.isBefore(floor) ? moment : floor;
    }
}
