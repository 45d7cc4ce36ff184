package vn.motcua.web.office;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.dossier.Handover;
import vn.motcua.dossier.WorkHandover;
import vn.motcua.organization.Delegation;
import vn.motcua.organization.DelegationForm;
import vn.motcua.organization.Delegations;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.Role;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/**
 * When staff change (issue 17), for a unit's leader: hand an officer's open work to another officer of
 * the unit (bàn giao) and delegate the leader's steps to a deputy for a period (ủy quyền). An
 * administrator sees and ends every delegation here; they hand work over from the officer's admin page.
 */
@Controller
@RequestMapping("/office/staff")
class StaffController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<Role> HANDLING = EnumSet.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.CLERK);

    private final OfficerDirectory officers;
    private final WorkHandover handover;
    private final Delegations delegations;
    private final FormSubmission forms;
    private final OfficeModel common;

    StaffController(OfficerDirectory officers, WorkHandover handover, Delegations delegations, FormSubmission forms,
            OfficeModel common) {
        this.officers = officers;
        this.handover = handover;
        this.delegations = delegations;
        this.forms = forms;
        this.common = common;
    }

    /** What a notice says once a change is saved: a message key and its arguments. */
    record Notice(String key, Object... args) implements java.io.Serializable {
    }

    @GetMapping
    String page(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
        return page(model, manager(me), new Typed("", "", DelegationForm.blank()), FormErrors.none());
    }

    @PostMapping("/handover")
    String handOver(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, Model model, Locale locale, RedirectAttributes redirect) {
        Officer leader = leader(me);
        return submit(() -> handedOver(handover.handOver(leader, from, to)),
                errors -> page(model, leader, new Typed(from, to, DelegationForm.blank()), errors), locale, redirect);
    }

    @PostMapping("/delegations")
    String delegate(@AuthenticationPrincipal OfficerPrincipal me, @ModelAttribute DelegationForm form, Model model,
            Locale locale, RedirectAttributes redirect) {
        Officer leader = leader(me);
        return submit(() -> delegated(delegations.delegate(leader, form)),
                errors -> page(model, leader, new Typed("", "", form), errors), locale, redirect);
    }

    @PostMapping("/delegations/{id}/end")
    String end(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable long id, Model model, Locale locale,
            RedirectAttributes redirect) {
        Officer manager = manager(me);
        return submit(() -> new Notice("staff.delegation.ended", name(delegations.end(id, manager).deputy())),
                errors -> page(model, manager, new Typed("", "", DelegationForm.blank()), errors), locale, redirect);
    }

    private String submit(Supplier<Notice> change, Function<FormErrors, String> again,
            Locale locale, RedirectAttributes redirect) {
        return forms.submit(change, "/office/staff", again, locale, redirect);
    }

    /** What the officer typed into a refused form, shown again. */
    private record Typed(String from, String to, DelegationForm delegation) {
    }

    private String page(Model model, Officer me, Typed typed, FormErrors errors) {
        if (me.role() == Role.LEADER) {
            List<Officer> unit = officers.all().stream()
                    .filter(o -> o.unit().equals(me.unit()) && HANDLING.contains(o.role())).toList();
            model.addAttribute("unitOfficers", unit);
            model.addAttribute("openWork", unit.stream()
                    .collect(Collectors.toMap(Officer::username, o -> handover.openWorkOf(o.username()))));
            model.addAttribute("deputies", delegations.eligibleDeputies(me));
        }
        model.addAttribute("delegations", delegations.visibleTo(me));
        model.addAttribute("today", delegations.today());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        common.addNamesAndTime(model);
        return "office/staff";
    }

    private Notice handedOver(Handover done) {
        return new Notice("staff.handover.done", done.codes().size(), done.fromName(), done.toName());
    }

    private Notice delegated(Delegation d) {
        return new Notice("staff.delegation.saved", name(d.deputy()), DAY.format(d.from()), DAY.format(d.to()));
    }

    private String name(String username) {
        return officers.find(username).map(Officer::fullName).orElse(username);
    }

    /** A leader (their unit's staff and delegations) or an administrator (every delegation). */
    private static Officer manager(OfficerPrincipal me) {
        if (me.role() != Role.LEADER && me.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Only leaders and administrators manage staff changes");
        }
        return me.officer();
    }

    private static Officer leader(OfficerPrincipal me) {
        if (me.role() != Role.LEADER) {
            throw new AccessDeniedException("Only a unit's leader hands over and delegates here");
        }
        return me.officer();
    }
}
