package vn.motcua.index.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.feedback.DossierRated;

/**
 * Keeps {@code index_dossier_fact} in step with the dossiers: every transition and every rating.
 * Module listeners run after the publisher's commit, asynchronously, through Spring Modulith's
 * persisted registry, so a failure is retried; {@link DossierFactsStore#apply} makes replays and
 * out-of-order deliveries harmless.
 */
@Component
class IndexFactsListener {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DossierFactsStore store;
    private final Catalog catalog;

    IndexFactsListener(DossierFactsStore store, Catalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    @ApplicationModuleListener
    void on(DossierStatusChanged event) {
        store.apply(transition(event, catalog.version(event.procedureVersionId())));
    }

    @ApplicationModuleListener
    void on(DossierRated event) {
        store.rated(event.dossierCode(), event.dissatisfied(), LocalDateTime.ofInstant(event.ratedAt(), VIETNAM));
    }

    /** What one transition says about its dossier, with the traits of the procedure version it is handled under. */
    static DossierFactsStore.Transition transition(DossierStatusChanged e, Procedure procedure) {
        LocalDateTime at = LocalDateTime.ofInstant(e.occurredAt(), VIETNAM);
        DossierStatus to = e.to();
        ProcedureContent content = procedure.content();
        boolean received = e.action() == DossierAction.RECEIVE_AT_COUNTER || e.action() == DossierAction.ACCEPT;
        return new DossierFactsStore.Transition(e.code(), e.competentUnit(), e.receivingUnit(), e.procedureCode(),
                e.procedureVersionId(), e.channel(), applicantType(e.applicantIdNumber(), content.applicants()), to,
                e.trackingSeq(),
                e.action() == DossierAction.SUBMIT_ONLINE ? at : null,
                received ? at : null,
                e.appointment(),
                to == DossierStatus.DONE ? at : null,
                to == DossierStatus.RETURNED ? at : null,
                to == DossierStatus.STOPPED || to == DossierStatus.REFUSED ? at : null,
                e.supplementCount(), e.apologised(), to == DossierStatus.WITHDRAWN,
                content.onlineLevel() == OnlineLevel.FULL,
                content.result() != null && content.result().paperOriginalRequired(),
                content.fees() != null && content.fees().stream().anyMatch(IndexFactsListener::charged),
                at);
    }

    private static boolean charged(Fee fee) {
        return fee.amountVnd() != null && fee.amountVnd() > 0;
    }

    /**
     * The event does not carry the applicant's type (only the ID number): the procedure's only
     * applicant type when it has one; else an individual for a 9- or 12-digit personal ID number
     * (CMND/CCCD), a business otherwise. Only 5.6 uses it, and 5.6 is not measured yet.
     */
    static ApplicantType applicantType(String idNumber, List<ApplicantType> procedureApplicants) {
        if (procedureApplicants.size() == 1) {
            return procedureApplicants.getFirst();
        }
        String id = idNumber == null ? "" : idNumber.strip();
        return id.matches("\\d{9}|\\d{12}") ? ApplicantType.CITIZEN : ApplicantType.BUSINESS;
    }
}
