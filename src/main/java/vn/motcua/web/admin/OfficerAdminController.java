package vn.motcua.web.admin;

import java.util.Locale;
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
import vn.motcua.dossier.WorkHandover;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.OfficerForm;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.Role;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/**
 * Administrators list, add and change officers' accounts, and hand an officer's open work to another
 * officer of the same unit and role (bàn giao) from the officer's page.
 */
@Controller
@RequestMapping("/admin/officers")
class OfficerAdminController {

    private final OfficerDirectory officers;
    private final UnitDirectory units;
    private final FormSubmission forms;
    private final WorkHandover handover;

    OfficerAdminController(OfficerDirectory officers, UnitDirectory units, FormSubmission forms,
            WorkHandover handover) {
        this.officers = officers;
        this.units = units;
        this.forms = forms;
        this.handover = handover;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("officers", officers.all());
        return "admin/officers/list";
    }

    @GetMapping("/new")
    String newOfficer(Model model) {
        return form(model, OfficerForm.blank(), null, FormErrors.none());
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        return form(model, OfficerForm.of(officers.get(username)), username, FormErrors.none());
    }

    @PostMapping
    String create(@ModelAttribute OfficerForm form, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submit(() -> officers.create(form), "/admin/officers",
                errors -> form(model, form, null, errors), locale, redirect);
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, @ModelAttribute OfficerForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.submit(() -> officers.update(username, form), "/admin/officers",
                errors -> form(model, form, username, errors), locale, redirect);
    }

    /** Bàn giao: every open dossier this officer holds goes to the officer chosen. */
    @PostMapping("/{username}/handover")
    String handOver(@AuthenticationPrincipal OfficerPrincipal admin, @PathVariable String username,
            @RequestParam(defaultValue = "") String to, Model model, Locale locale, RedirectAttributes redirect) {
        Officer officer = officers.get(username);
        return forms.submit(() -> handover.handOver(admin.officer(), username, to), "/admin/officers/" + username,
                errors -> form(model, OfficerForm.of(officer), username, errors), locale, redirect);
    }

    private String form(Model model, OfficerForm form, String editing, FormErrors errors) {
        if (editing != null) {
            model.addAttribute("openWork", handover.openWorkOf(editing));
            model.addAttribute("successors", handover.successors(officers.get(editing)));
        }
        // The password is never sent back to the browser, even after a refused submission.
        model.addAttribute("form", new OfficerForm(form.username(), form.fullName(), form.role(), form.unit(),
                form.title(), "", form.enabled()));
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", units.all());
        return "admin/officers/form";
    }
}
