package vn.motcua.web.admin;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.organization.UnitForm;
import vn.motcua.organization.UnitKind;
import vn.motcua.organization.UnitLevel;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/** Administrators list, add and change the province's units. */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

    private final UnitDirectory units;
    private final FormSubmission forms;

    UnitAdminController(UnitDirectory units, FormSubmission forms) {
        this.units = units;
        this.forms = forms;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("units", units.all());
        return "admin/units/list";
    }

    @GetMapping("/new")
    String newUnit(Model model) {
        return form(model, UnitForm.blank(), null, FormErrors.none());
    }

    @GetMapping("/{identifier}")
    String edit(@PathVariable String identifier, Model model) {
        return form(model, UnitForm.of(units.get(identifier)), identifier, FormErrors.none());
    }

    @PostMapping
    String create(@ModelAttribute UnitForm form, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submit(() -> units.create(form), "/admin/units",
                errors -> form(model, form, null, errors), locale, redirect);
    }

    @PostMapping("/{identifier}")
    String update(@PathVariable String identifier, @ModelAttribute UnitForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.submit(() -> units.update(identifier, form), "/admin/units",
                errors -> form(model, form, identifier, errors), locale, redirect);
    }

    private String form(Model model, UnitForm form, String editing, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("parents", units.all());
        return "admin/units/form";
    }
}
