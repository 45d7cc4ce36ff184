package vn.motcua.dossier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.document.FileOwner;
import vn.motcua.dossier.internal.Dossier;
import vn.motcua.dossier.internal.DossierFactory;
import vn.motcua.dossier.internal.SystemActionLog;
import vn.motcua.dossier.internal.TransitionPipeline;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.NotFoundException;

/**
 * Every action on a dossier (xử lý hồ sơ), for the office pages, the JSON API, the portal and outside
 * systems alike: one transaction each, run through one {@link TransitionPipeline} — the same table, the
 * same rules, the same permissions, a version check, the tracking sheet, the participants and the events.
 */
@Service
public class DossierHandling {

    private final TransitionPipeline pipeline;
    private final DossierFactory factory;
    private final SystemActionLog systemActions;
    private final ProvinceCalendar calendar;

    DossierHandling(TransitionPipeline pipeline, DossierFactory factory, SystemActionLog systemActions,
            ProvinceCalendar calendar) {
        this.pipeline = pipeline;
        this.factory = factory;
        this.systemActions = systemActions;
        this.calendar = calendar;
    }

    /** Tiếp nhận trực tiếp: a reception officer receives a walk-in or postal dossier and issues the receipt. */
    @Transactional
    public DossierView receiveAtCounter(Actor officer, CounterReception reception) {
        Dossier d = factory.receiveAtCounter(officer, reception, calendar.now());
        return pipeline.create(officer, d, DossierAction.RECEIVE_AT_COUNTER);
    }

    /** Nộp trực tuyến: the dossier waits as new until reception checks it; its files are the applicant's uploads. */
    @Transactional
    public DossierView submitOnline(Actor applicant, OnlineSubmission submission) {
        return submitOnline(applicant, submission, applicant.fileOwner());
    }

    /** Nộp trực tuyến with the files {@code uploader} uploaded, e.g. the portal draft's. */
    @Transactional
    DossierView submitOnline(Actor applicant, OnlineSubmission submission, FileOwner uploader) {
        Dossier d = factory.submitOnline(applicant, submission, uploader, calendar.now());
        return pipeline.create(applicant, d, DossierAction.SUBMIT_ONLINE);
    }

    /**
     * Takes one action on a dossier read at {@code expectedVersion}.
     *
     * @throws NotFoundException when the dossier does not exist or is not visible to the actor
     * @throws ActionRefusedException when the table, a rule or a participant does not allow it to this actor now
     * @throws ConcurrentChangeException when someone changed the dossier since it was read
     */
    @Transactional
    public DossierView handle(Actor actor, String code, int expectedVersion, DossierCommand command) {
        return pipeline.run(actor, code, expectedVersion, command);
    }

    /**
     * An outside system's action (see {@link Actor#system}), once per {@code idempotencyKey}: the first call
     * acts; a later call with the same key acts no more and returns the first one's outcome, marked repeated.
     * A refused action records nothing, so the system may send it again.
     *
     * @throws ActionRefusedException when the key was used for another dossier or action, or the action is refused
     */
    @Transactional
    public TransitionOutcome handleOnce(Actor system, String code, String idempotencyKey, DossierCommand command) {
        if (!system.isSystem()) {
            throw new IllegalArgumentException("Only a system acts with an idempotency key: " + system);
        }
        return systemActions.once(system.username(), idempotencyKey, code, command.action(),
                () -> pipeline.run(system, code, null, command));
    }
}
