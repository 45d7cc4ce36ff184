package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.document.FileOwner;
import vn.motcua.dossier.internal.DossierFactory;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.DossierWork;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.NotFoundException;

/**
 * Every action on a dossier (xử lý hồ sơ), for the office pages, the JSON API and the portal alike:
 * the same table, the same rules, the same permissions. Each action runs in one transaction, saves
 * with a version check, writes the tracking sheet and publishes its events.
 */
@Service
public class DossierHandling {

    private final DossierRepository dossiers;
    private final DossierFactory factory;
    private final DossierWork work;
    private final Catalog catalog;
    private final ProvinceCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DossierHandling(DossierRepository dossiers, DossierFactory factory, DossierWork work, Catalog catalog,
            ProvinceCalendar calendar, Clock clock, ApplicationEventPublisher events) {
        this.dossiers = dossiers;
        this.factory = factory;
        this.work = work;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    /** Tiếp nhận trực tiếp: a reception officer receives a walk-in or postal dossier and issues the receipt. */
    @Transactional
    public DossierView receiveAtCounter(Actor officer, CounterReception reception) {
        return publish(factory.receiveAtCounter(officer, reception, now()), null);
    }

    /** Nộp trực tuyến: the dossier waits as new until reception checks it; its files are the applicant's uploads. */
    @Transactional
    public DossierView submitOnline(Actor applicant, OnlineSubmission submission) {
        return submitOnline(applicant, submission, applicant.fileOwner());
    }

    /** Nộp trực tuyến with the files {@code uploader} uploaded, e.g. the portal draft's. */
    @Transactional
    DossierView submitOnline(Actor applicant, OnlineSubmission submission, FileOwner uploader) {
        return publish(factory.submitOnline(applicant, submission, uploader, now()), null);
    }

    /**
     * Takes one action on a dossier read at {@code expectedVersion}.
     *
     * @throws NotFoundException when the dossier does not exist or is not visible to the actor
     * @throws ActionRefusedException when the table or a rule does not allow it to this actor now
     * @throws ConcurrentChangeException when someone changed the dossier since it was read
     */
    @Transactional
    public DossierView handle(Actor actor, String code, int expectedVersion, DossierCommand command) {
        var dossier = dossiers.find(code).filter(d -> work.visibleTo(d, actor))
                .orElseThrow(() -> new NotFoundException("dossier.notFound", code));
        if (dossier.view().lockVersion() != expectedVersion) {
            throw new ConcurrentChangeException(code);
        }
        DossierStatus before = dossier.status();
        Procedure procedure = command instanceof DossierCommand.Accept ? catalog.version(dossier.view().procedureVersionId())
                : null;
        work.apply(dossier, actor, command, procedure, now());
        dossiers.save(dossier);
        return publish(dossier.view(), before);
    }

    /** Publishes what the last line of the sheet says happened; {@code before} is null for a new dossier. */
    DossierView publish(DossierView view, DossierStatus before) {
        TrackingEntry last = view.tracking().getLast();
        List<Object> published = new ArrayList<>();
        published.add(DossierStatusChanged.of(view, before, clock.instant()));
        if (last.action() == DossierAction.RECEIVE_AT_COUNTER || last.action() == DossierAction.ACCEPT) {
            published.add(new DossierReceived(view.code(), view.procedureCode(), view.channel(), view.receivingUnit(),
                    view.competentUnit(), clock.instant(), view.appointment(), view.feesDueVnd(),
                    view.components().stream().filter(DossierView.Component::submitted)
                            .allMatch(DossierView.Component::digitised)));
        }
        if (last.outcome() != null) {
            published.add(new StepCompleted(view.code(), view.steps().stream()
                    .filter(s -> s.name().equals(last.stepName())).findFirst().map(DossierView.Step::position)
                    .orElse(0), last.stepName(), last.fromUnit(), last.fromOfficer(), clock.instant(),
                    last.stepDeadline(), last.outcome()));
        }
        published.forEach(events::publishEvent);
        return view;
    }

    private LocalDateTime now() {
        return calendar.now();
    }
}
