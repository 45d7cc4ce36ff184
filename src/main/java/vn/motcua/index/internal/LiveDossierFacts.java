package vn.motcua.index.internal;

import java.time.LocalDateTime;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierStatusChanged.Moments;
import vn.motcua.index.DossierFacts;

/**
 * The facts of a dossier handled in Motcua, from the state a transition left it in (the event carries
 * it, so the dossier is not read back). A sealed electronic result is told apart by the result module
 * ({@code ResultIssued}) and kept on the row by the writer, so a transition's facts say none was issued;
 * likewise an applicant's verification ({@code ApplicantVerified}, 5.6). Whether its statuses reached the
 * national portal in time (1.4) is judged when the index is read, from the portal's acknowledgements
 * ({@code PortalSyncLateness}): the facts count it in, and the index takes out the dossiers acknowledged late.
 */
final class LiveDossierFacts {

    /** Stands for the fees a row already holds, which a transition's event does not carry. */
    static final DossierFacts.Payment FEES_KEPT = new DossierFacts.Payment(0, false);

    private LiveDossierFacts() {
    }

    /**
     * @param payment its fees: the payment module tells them apart ({@code FeesDue}); a listener passes
     *     {@link #FEES_KEPT} and the writer keeps what the row holds
     */
    static DossierFacts of(DossierStatusChanged dossier, DossierFacts.ProcedureTraits procedure,
            DossierFacts.Payment payment) {
        DossierStatusChanged.Digitisation components = dossier.digitisation();
        return new DossierFacts(dossier.code(), dossier.competentUnit(), dossier.procedureCode(), dossier.channel(),
                dossier.applicantType(), dossier.to(), timeline(dossier.to(), dossier.moments()), procedure,
                new DossierFacts.Digitisation(allDigitised(components), false, components.anyReused(),
                        components.anyFromNationalStore()),
                payment,
                false, true, false);
    }

    /**
     * 5.2: every component the applicant handed in is digitised. Components not submitted (not
     * applicable to this applicant, optional ones left out) have nothing to scan, so they do not count
     * against the dossier; one with nothing submitted at all has nothing digitised.
     */
    static boolean allDigitised(DossierStatusChanged.Digitisation components) {
        return components.anySubmitted() && components.allSubmittedDigitised();
    }

    /**
     * The dossier module records one end of handling: done for a result, else the stop or refusal.
     * Moments are kept as they happened (a dossier received and refused on a Sunday night has both at
     * that night); the floor at the receipt only guards the facts' rule that nothing finishes before
     * it was received.
     */
    private static DossierFacts.Timeline timeline(DossierStatus status, Moments m) {
        boolean result = status == DossierStatus.DONE || status == DossierStatus.RETURNED;
        boolean closed = status == DossierStatus.REFUSED || status == DossierStatus.STOPPED;
        LocalDateTime received = m.receivedAt();
        return new DossierFacts.Timeline(m.submittedAt(), received, m.appointment(),
                notBefore(result ? m.finishedAt() : null, received),
                notBefore(status == DossierStatus.RETURNED ? m.returnedAt() : null, received),
                notBefore(closed ? m.finishedAt() : null, received),
                m.supplementCount(), m.apologyCount() > 0, null, null);
    }

    private static LocalDateTime notBefore(LocalDateTime moment, LocalDateTime floor) {
        return moment == null || floor == null || !moment.isBefore(floor) ? moment : floor;
    }
}
