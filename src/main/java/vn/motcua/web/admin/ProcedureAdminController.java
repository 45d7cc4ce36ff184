package vn.motcua.web.admin;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.Coded;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureForm;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.SubmissionMethod;
import vn.motcua.catalog.TimeUnit;
import vn.motcua.nationalcatalog.NationalCatalog;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/** Administrators publish procedures, publish new versions under new decisions, and retire procedures. */
@Controller
@RequestMapping("/admin/procedures")
class ProcedureAdminController {

    private final Catalog catalog;
    private final CatalogAdministration administration;
    private final UnitDirectory units;
    private final FormSubmission forms;
    private final NationalCatalog nationalCatalog;

    ProcedureAdminController(Catalog catalog, CatalogAdministration administration, UnitDirectory units,
            FormSubmission forms, NationalCatalog nationalCatalog) {
        this.nationalCatalog = nationalCatalog;
        this.catalog = catalog;
        this.administration = administration;
        this.units = units;
        this.forms = forms;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        ProcedureQuery query = new ProcedureQuery(q, null, null, null, page, ProcedureQuery.MAX_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("results", catalog.search(query));
        return "admin/procedures/list";
    }

    /** A blank form, or with {@code national} one filled from that national procedure (README "The national catalog"). */
    @GetMapping("/new")
    String newProcedure(@RequestParam(required = false) String national, Model model) {
        return form(model, national == null ? ProcedureForm.blank() : nationalCatalog.newProcedureForm(national), null,
                FormErrors.none());
    }

    @PostMapping
    String create(@ModelAttribute ProcedureForm form, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submit(() -> SavedVersion.of(administration.create(form)), "/admin/procedures",
                errors -> form(model, form, null, errors), locale, redirect);
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        return form(model, ProcedureForm.of(catalog.latest(code)), code, FormErrors.none());
    }

    @PostMapping("/{code}")
    String revise(@PathVariable String code, @ModelAttribute ProcedureForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.submit(() -> SavedVersion.of(administration.revise(code, form)), "/admin/procedures",
                errors -> form(model, form.withCode(code), code, errors), locale, redirect);
    }

    @GetMapping("/{code}/retire")
    String confirmRetirement(@PathVariable String code, Model model) {
        model.addAttribute("procedure", catalog.inForce(code));
        return "admin/procedures/retire";
    }

    @PostMapping("/{code}/retire")
    String retire(@PathVariable String code, RedirectAttributes redirect) {
        administration.retire(code);
        redirect.addFlashAttribute("retired", code);
        return "redirect:/admin/procedures";
    }

    private String form(Model model, ProcedureForm form, String editing, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", ProcedureLevel.values());
        model.addAttribute("methodCodes", codes(SubmissionMethod.values()));
        model.addAttribute("applicantCodes", codes(ApplicantType.values()));
        model.addAttribute("timeUnits", TimeUnit.values());
        model.addAttribute("onlineLevels", OnlineLevel.values());
        model.addAttribute("roles", ProcedureForm.processRoles());
        model.addAttribute("units", units.all());
        return "admin/procedures/form";
    }

    private static List<String> codes(Coded... values) {
        return Stream.of(values).map(Coded::code).toList();
    }
}
