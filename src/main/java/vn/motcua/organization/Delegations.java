package vn.motcua.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.motcua.organization.internal.DelegationRepository;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/**
 * Ủy quyền: a leader delegates their steps to a deputy of the same unit for a period of days.
 *
 * <p>Who may be a deputy: DOMAIN.md §2 makes the leader role "head or deputy of the unit", and the
 * demo province has one leader per unit, beside a specialist, a clerk and reception. A deputy head
 * (another {@link Role#LEADER}) is the natural deputy; a {@link Role#SPECIALIST} (chuyên viên) may be
 * one too, since in a unit with one leader nobody else appraises and drafts what the leader signs.
 * Reception and clerks are not: they neither appraise nor approve. The sheet names every line taken
 * this way "X thay mặt Y", so the approval stays traceable to the leader who allowed it.
 */
@Service
public class Delegations {

    /** The longest delegation: one year; a longer absence is a change of staff (bàn giao), not a delegation. */
    public static final int MAX_DAYS = 366;
    private static final Set<Role> DEPUTY_ROLES = EnumSet.of(Role.LEADER, Role.SPECIALIST);

    private final DelegationRepository delegations;
    private final OfficerDirectory officers;
    private final ProvinceCalendar calendar;
    private final Clock clock;

    Delegations(DelegationRepository delegations, OfficerDirectory officers, ProvinceCalendar calendar, Clock clock) {
        this.delegations = delegations;
        this.officers = officers;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Officers the leader may delegate to: enabled, same unit, a deputy's role, not the leader. */
    public List<Officer> eligibleDeputies(Officer leader) {
        return officers.all().stream().filter(o -> o.enabled() && o.unit().equals(leader.unit())
                && DEPUTY_ROLES.contains(o.role()) && !o.username().equals(leader.username())).toList();
    }

    /** Records a delegation from {@code leader}; refused with every problem of the form at once. */
    @Transactional
    public Delegation delegate(Officer leader, DelegationForm form) {
        Problems problems = form.limits(new Problems());
        problems.when(leader.role() != Role.LEADER, null, "staff.delegation.leaderOnly");
        delegations.lockLeader(leader.username());
        boolean eligible = eligibleDeputies(leader).stream().anyMatch(o -> o.username().equals(form.deputy()));
        problems.when(!eligible, "deputy", "staff.delegation.deputy.notEligible");
        LocalDate from = date(form.validFrom(), "validFrom", problems);
        LocalDate to = date(form.validTo(), "validTo", problems);
        problems.when(from != null && from.isBefore(today()), "validFrom", "staff.delegation.from.past");
        if (from != null && to != null) {
            checkPeriod(leader, from, to, problems);
        }
        problems.throwIfAny();
        return delegations.insert(leader.username(), form.deputy(), leader.unit(), from, to, leader.username(),
                clock.instant());
    }

    private void checkPeriod(Officer leader, LocalDate from, LocalDate to, Problems problems) {
        problems.when(to.isBefore(from), "validTo", "staff.delegation.to.beforeFrom");
        problems.when(ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS, "validTo", "staff.delegation.tooLong",
                MAX_DAYS);
        problems.when(!to.isBefore(from) && delegations.overlapping(leader.username(), from, to), "validFrom",
                "staff.delegation.overlaps");
    }

    /**
     * Ends a delegation now: its leader or an administrator.
     *
     * @throws NotFoundException when there is no such delegation this officer may end
     */
    @Transactional
    public Delegation end(long id, Officer by) {
        Delegation delegation = delegations.find(id)
                .filter(d -> by.role() == Role.ADMINISTRATOR || d.leader().equals(by.username()))
                .orElseThrow(() -> new NotFoundException("staff.delegation.notFound", id));
        if (!delegation.endableOn(today())) {
            throw new UserInputException(null, "staff.delegation.alreadyOver");
        }
        delegations.end(id, by.username(), clock.instant());
        return delegations.find(id).orElseThrow();
    }

    /** An administrator sees every delegation, a leader their own; newest first. */
    @Transactional(readOnly = true)
    public List<Delegation> visibleTo(Officer viewer) {
        return viewer.role() == Role.ADMINISTRATOR ? delegations.all() : delegations.ofLeader(viewer.username());
    }

    /** The enabled leaders of {@code unit} who let {@code deputy} act for them on {@code day}. */
    @Transactional(readOnly = true)
    public List<Officer> leadersDelegatingTo(String deputy, String unit, LocalDate day) {
        return delegations.activeFor(deputy, unit, day).stream().map(Delegation::leader)
                .flatMap(leader -> officers.find(leader).filter(Officer::enabled).stream()).toList();
    }

    public LocalDate today() {
        return calendar.now().toLocalDate();
    }

    private static LocalDate date(String text, String field, Problems problems) {
        if (!StringUtils.hasText(text)) {
            problems.add(field, "staff.delegation.date.required");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, "staff.delegation.date.invalid");
            return null;
        }
    }
}
