package vn.motcua.web.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.FormFile;
import vn.motcua.catalog.FormFiles;
import vn.motcua.catalog.Procedure;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.platform.InputLimits;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/**
 * The administrators' page of a procedure's version in force: what only they see (the source of the data
 * and its notes), whether the portal takes dossiers online and who decided it, and the form files
 * citizens download.
 */
@Controller
@RequestMapping("/admin/procedures/{code}")
class ProcedureVersionAdminController {

    private static final String PAGE = "/admin/procedures/";

    private final Catalog catalog;
    private final CatalogAdministration administration;
    private final FormFiles formFiles;
    private final FormSubmission forms;

    ProcedureVersionAdminController(Catalog catalog, CatalogAdministration administration, FormFiles formFiles,
            FormSubmission forms) {
        this.catalog = catalog;
        this.administration = administration;
        this.formFiles = formFiles;
        this.forms = forms;
    }

    @GetMapping
    String page(@PathVariable String code, Model model) {
        return page(catalog.inForce(code), FormErrors.none(), model);
    }

    /** Offers ({@code enabled}) or withdraws online submission for the version in force, as this administrator. */
    @PostMapping("/online")
    String online(@PathVariable String code, @RequestParam(defaultValue = "false") boolean enabled,
            @AuthenticationPrincipal OfficerPrincipal admin, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submit(() -> SavedVersion.of(enabled ? administration.enableOnline(code, admin.getUsername())
                        : administration.withdrawOnline(code)), PAGE + code,
                errors -> page(catalog.inForce(code), errors, model), locale, redirect);
    }

    @PostMapping("/forms")
    String attach(@PathVariable String code, @RequestParam(required = false) String component,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal OfficerPrincipal admin,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submit(() -> attach(code, component, file, admin.getUsername()), PAGE + code,
                errors -> page(catalog.inForce(code), errors, model), locale, redirect);
    }

    @PostMapping("/forms/{id}/remove")
    String remove(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        formFiles.remove(code, id);
        redirect.addFlashAttribute("removed", true);
        return "redirect:" + PAGE + code;
    }

    private FormFile attach(String code, String component, MultipartFile file, String username) {
        String name = file == null ? "" : file.getOriginalFilename();
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            return formFiles.attach(code, component, name, file == null ? 0 : file.getSize(), content, username);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String page(Procedure procedure, FormErrors errors, Model model) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("p", procedure.content());
        model.addAttribute("formFiles", formFiles.of(procedure.versionId()));
        model.addAttribute("maxMegabytes", InputLimits.FORM_FILE_MEGABYTES);
        model.addAttribute("errors", errors);
        return "admin/procedures/version";
    }
}
