package vn.motcua.index.internal;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.ProcedurePublished;
import vn.motcua.catalog.ProcedureRetired;
import vn.motcua.datastore.ResultPushed;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.feedback.DossierComplainedAbout;
import vn.motcua.feedback.DossierRated;
import vn.motcua.identity.ApplicantVerified;
import vn.motcua.payment.FeesDue;
import vn.motcua.payment.PaymentSucceeded;
import vn.motcua.result.ResultIssued;

/**
 * Keeps the index's facts in step with the dossiers, the ratings and the catalog. A dossier's facts come
 * from its event alone (the state the transition left), ordered by the tracking sheet line it carries, so
 * replays and out-of-order deliveries are harmless; a procedure's are read again from the catalog.
 *
 * <p>Why two kinds of listener: a transition's own events ({@link DossierStatusChanged}, {@link FeesDue})
 * are written by a plain {@code @EventListener}, inside the transaction that made the change, like the
 * national portal's outbox row: the index is never behind the dossiers it counts, and a transition costs one
 * commit instead of four (the registry's publication inserted, marked processing, the listener's own
 * transaction, marked completed — the write path's largest cost, {@code docs/performance.md}). The status
 * change is published last in a transition, so the shared tally rows are locked just before it commits. A
 * failure to write them refuses the transition, as the outbox's does. The rest arrive from other modules after their commit, through
 * Spring Modulith's persisted registry ({@code @ApplicationModuleListener}), so a failure is retried.
 */
@Component
class IndexFactsListener {

    private final FactSources sources;
    private final DossierFactsWriter writer;

    IndexFactsListener(FactSources sources, DossierFactsWriter writer) {
        this.sources = sources;
        this.writer = writer;
    }

    @EventListener
    void on(DossierStatusChanged event) {
        writer.applyTransition(sources.afterTransition(event), event.trackingSeq());
    }

    @EventListener
    void on(FeesDue event) {
        writer.feesDue(event.dossierCode(), event.dueVnd(), event.trackingSeq());
    }

    /** 4.1 and 4.2 count what is paid online: through the national platform, not at the counter. */
    @ApplicationModuleListener
    void on(PaymentSucceeded event) {
        if (event.channel().online()) {
            writer.paidOnline(event.dossierCode());
        }
    }

    @ApplicationModuleListener
    void on(ResultPushed event) {
        writer.resultPushed(event.dossierCode());
    }

    /** 5.6: either source counts, a VNeID login or a population look-up. */
    @ApplicationModuleListener
    void on(ApplicantVerified event) {
        writer.applicantVerified(event.dossierCode());
    }

    @ApplicationModuleListener
    void on(ResultIssued event) {
        writer.electronicResultIssued(event.dossierCode());
    }

    @ApplicationModuleListener
    void on(DossierRated event) {
        writer.rated(event.dossierCode(), event.dissatisfied());
    }

    /** 6.3: a dossier named by feedback or a complaint counts against its unit. */
    @ApplicationModuleListener
    void on(DossierComplainedAbout event) {
        writer.complainedAbout(event.dossierCode());
    }

    @ApplicationModuleListener
    void on(ProcedurePublished event) {
        sources.refreshProcedure(event.code());
    }

    @ApplicationModuleListener
    void on(ProcedureRetired event) {
        sources.refreshProcedure(event.code());
    }
}
