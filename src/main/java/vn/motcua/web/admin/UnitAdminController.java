package vn.motcua.web.admin;

import java.util.Locale;
import org.springframework.context.MessageSource;
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
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;

/** Administrators list, add and change the province's units. */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

    private final UnitDirectory units;
    private final MessageSource messages;

    UnitAdminController(UnitDirectory units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
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
        try {
            units.create(form);
        } catch (UserInputException e) {
            return form(model, form, null, FormErrors.of(e, messages, locale));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/units";
    }

    @PostMapping("/{identifier}")
    String update(@PathVariable String identifier, @ModelAttribute UnitForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            units.update(identifier, form);
        } catch (UserInputException e) {
            return form(model, form, identifier, FormErrors.of(e, messages, locale));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/units";
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
