package vn.motcua.dossier;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.DossierWork;
import vn.motcua.dossier.internal.InboxRepository;
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
    private final DossierWork work;
    private final ProvinceCalendar calendar;

    DossierQueries(DossierRepository dossiers, InboxRepository inbox, DossierWork work, ProvinceCalendar calendar) {
        this.dossiers = dossiers;
        this.inbox = inbox;
        this.work = work;
        this.calendar = calendar;
    }

    /** One dossier, if the actor may see it; otherwise "not found", so its existence is not revealed. */
    public DossierView get(Actor actor, String code) {
        return dossiers.find(code).filter(d -> work.visibleTo(d, actor)).map(d -> d.view())
                .orElseThrow(() -> new NotFoundException("dossier.notFound", code));
    }

    /**
     * One dossier for another module's read model (the index, the national sync), which must see
     * every dossier: no access check, never shown to a user as such.
     */
    public Optional<DossierView> find(String code) {
        return dossiers.find(code).map(d -> d.view());
    }

    /** Every dossier's code, oldest first: a read model rebuilt from scratch walks them. */
    public List<String> allCodes() {
        return dossiers.allCodes();
    }

    /** The actions the actor may take on the dossier now. */
    public List<DossierAction> availableActions(Actor actor, String code) {
        return dossiers.find(code).map(d -> work.availableActions(d, actor, now())).orElse(List.of());
    }

    public InboxPage inbox(Actor actor, InboxQuery query) {
        String owner = query.scope() == InboxQuery.Scope.MINE ? actor.username() : actor.unit();
        InboxRepository.Bounds bounds = bounds();
        return new InboxPage(inbox.page(owner, query, bounds), inbox.count(owner, query, query.filter(), bounds),
                query.page(), query.size(), inbox.counts(owner, query, bounds));
    }

    /** Dossiers the actor's unit received or handles, matching a code (or its start), an ID number or a name. */
    public List<DossierSummary> search(Actor actor, String text) {
        return text == null || text.isBlank() ? List.of() : inbox.search(actor.unit(), text, 50);
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
