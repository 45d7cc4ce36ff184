package vn.motcua.dossier;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.Dossier;
import vn.motcua.dossier.internal.DossierAccess;
import vn.motcua.dossier.internal.StepHolders;
import vn.motcua.dossier.internal.TransitionPipeline;
import vn.motcua.organization.Officer;
import vn.motcua.dossier.internal.InboxRepository;
import vn.motcua.dossier.internal.LookupLog;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.NotFoundException;

/**
 * Reading dossiers: one dossier, an officer's inbox with counts per filter, and search by code, ID
 * number or name. Officers see their own unit's dossiers only.
 */
@Service
@Transactional(readOnly = true)
public class DossierQueries {

    /** "At risk": due within this much working time. */
    public static final Duration AT_RISK_WITHIN = Duration.ofHours(8);

    private final DossierRepository dossiers;
    private final InboxRepository inbox;
    private final TransitionPipeline pipeline;
    private final StepHolders holders;
    private final ProvinceCalendar calendar;
    private final LookupLog lookups;

    DossierQueries(DossierRepository dossiers, InboxRepository inbox, TransitionPipeline pipeline, StepHolders holders,
            ProvinceCalendar calendar, LookupLog lookups) {
        this.lookups = lookups;
        this.dossiers = dossiers;
        this.inbox = inbox;
        this.pipeline = pipeline;
        this.holders = holders;
        this.calendar = calendar;
    }

    /**
     * One dossier, if the actor may see it; otherwise "not found", so its existence is not revealed.
     * A supervisor's look-up is logged.
     */
    public DossierView get(Actor actor, String code) {
        DossierView view = dossiers.find(code).filter(d -> DossierAccess.visibleTo(d, actor)).map(d -> d.view())
                .orElseThrow(() -> new NotFoundException("dossier.notFound", code));
        if (actor.isSupervisor()) {
            lookups.dossier(actor, view.code());
        }
        return view;
    }

    /**
     * Which of the codes name a dossier the actor may open: a check before drawing links, not a
     * look-up, so nothing is logged.
     */
    public Set<String> openable(Actor actor, Collection<String> codes) {
        Set<String> openable = new LinkedHashSet<>();
        for (String code : codes) {
            dossiers.find(code).filter(d -> DossierAccess.visibleTo(d, actor)).ifPresent(d -> openable.add(code));
        }
        return openable;
    }

    /** Who of the supervisors looked the dossier up, newest first, for those who may see it. */
    public List<DossierLookup> lookups(Actor actor, String code) {
        dossiers.find(code).filter(d -> DossierAccess.visibleTo(d, actor))
                .orElseThrow(() -> new NotFoundException("dossier.notFound", code));
        return lookups.of(code);
    }

    /**
     * One dossier for another module's read model (the index, the national sync), which must see
     * every dossier: no access check, never shown to a user as such.
     */
    public Optional<DossierView> find(String code) {
        return dossiers.find(code).map(d -> d.view());
    }

    /**
     * The codes of the dossiers that hold these bytes among their components' files (no access check): the
     * archive keeps a file another dossier still needs when it disposes of one.
     */
    public List<String> codesHoldingFile(String sha256) {
        return dossiers.codesHoldingFile(sha256);
    }

    /** Every dossier's code, oldest first: a read model rebuilt from scratch walks them. */
    public List<String> allCodes() {
        return dossiers.allCodes();
    }

    /**
     * Assigned dossiers whose current step falls due within {@code within} working time from now, for
     * another module's reminders (no access check): at most {@code limit}, soonest first.
     */
    public List<DossierSummary> assignedStepsDueWithin(Duration within, int limit) {
        LocalDateTime now = now();
        return inbox.assignedDueBetween(now, calendar.calendar().addWorkingTime(now, within), limit);
    }

    /**
     * The actions the actor may take now on the dossier as {@code view} shows it, just read or just saved: no
     * second read of the same dossier in one request.
     */
    public List<DossierAction> availableActions(Actor actor, DossierView view) {
        return pipeline.availableActions(Dossier.of(view), actor);
    }

    /** Who may be given the dossier's current step: the one rule of step holding. */
    public List<Officer> eligibleHolders(DossierView view) {
        return holders.eligible(view.step());
    }

    public InboxPage inbox(Actor actor, InboxQuery query) {
        String owner = query.scope() == InboxQuery.Scope.MINE ? actor.username() : actor.unit();
        InboxRepository.Bounds bounds = bounds();
        return new InboxPage(inbox.page(owner, query, bounds), inbox.count(owner, query, query.filter(), bounds),
                query.page(), query.size(), inbox.counts(owner, query, bounds));
    }

    /**
     * Dossiers the actor's unit received or handles — any dossier of the province for a supervisor,
     * whose search is logged — matching a code (or its start), an ID number or a name.
     */
    public List<DossierSummary> search(Actor actor, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (actor.isSupervisor()) {
            lookups.search(actor, text.strip());
            return inbox.search(null, text, 50);
        }
        return inbox.search(actor.unit(), text, 50);
    }

    private InboxRepository.Bounds bounds() {
        LocalDateTime now = now();
        WorkingCalendar cal = calendar.calendar();
        LocalDateTime dayStart = now.toLocalDate().atStartOfDay();
        return new InboxRepository.Bounds(dayStart, dayStart.plusDays(1), now, cal.addWorkingTime(now, AT_RISK_WITHIN));
    }

    private LocalDateTime now() {
        return calendar.now();
    }
}
