package vn.motcua.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.EForm;
import vn.motcua.catalog.Procedure;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;

/**
 * The administrators' editor of the e-form (biểu mẫu điện tử) of a procedure's version in force: its schema
 * as JSON, checked on saving with every fault listed in Vietnamese (the page answers 400 then, the text kept
 * as typed), and the fields it has, listed for reading.
 */
@Controller
@RequestMapping("/admin/procedures/{code}/eform")
class EFormAdminController {

    private final Catalog catalog;
    private final CatalogAdministration administration;
    private final MessageSource messages;

    EFormAdminController(Catalog catalog, CatalogAdministration administration, MessageSource messages) {
        this.catalog = catalog;
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable String code, Model model) {
        Procedure procedure = catalog.inForce(code);
        return page(procedure, catalog.eformText(procedure.versionId()).orElse(""), FormErrors.none(), model);
    }

    @PostMapping
    String save(@PathVariable String code, @RequestParam(defaultValue = "") String schema, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Procedure procedure = catalog.inForce(code);
        try {
            Optional<EForm> saved = administration.saveEForm(code, schema);
            redirect.addFlashAttribute(saved.isPresent() ? "eformSaved" : "eformRemoved", true);
            return "redirect:/admin/procedures/" + code + "/eform";
        } catch (UserInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(procedure, schema, FormErrors.of(refused, messages, locale), model);
        }
    }

    private String page(Procedure procedure, String schema, FormErrors errors, Model model) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("p", procedure.content());
        model.addAttribute("schema", schema);
        model.addAttribute("form", catalog.eform(procedure.versionId()).orElse(null));
        model.addAttribute("maxChars", CatalogAdministration.MAX_EFORM_CHARS);
        model.addAttribute("errors", errors);
        return "admin/procedures/eform";
    }
}
