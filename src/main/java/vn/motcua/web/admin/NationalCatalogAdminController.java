package vn.motcua.web.admin;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.Catalog;
import vn.motcua.nationalcatalog.Adoption;
import vn.motcua.nationalcatalog.NationalCatalog;
import vn.motcua.nationalcatalog.NationalCatalogSimulator;
import vn.motcua.nationalcatalog.NationalEntry;
import vn.motcua.nationalcatalog.NationalStatus;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/**
 * The national catalog for the administrator: the last syncs and a sync now; the national procedures new to
 * the province or changed since its catalog took them in; one procedure with what changed and the adoption
 * form (a changed one) or the way to the catalog's form, prefilled (a new one); the simulator's mode.
 */
@Controller
@RequestMapping("/admin/national-catalog")
class NationalCatalogAdminController {

    private static final String PAGE = "/admin/national-catalog";
    private static final NotificationAdminController.Moments WHEN =
            new NotificationAdminController.Moments(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final NationalCatalog national;
    private final NationalCatalogSimulator simulator;
    private final Catalog catalog;
    private final FormSubmission forms;

    NationalCatalogAdminController(NationalCatalog national, NationalCatalogSimulator simulator, Catalog catalog,
            FormSubmission forms) {
        this.national = national;
        this.simulator = simulator;
        this.catalog = catalog;
        this.forms = forms;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "CHANGED") String status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, Model model) {
        NationalStatus shown = Arrays.stream(NationalStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new UserInputException("status", "nationalCatalog.status.unknown"));
        model.addAttribute("status", shown);
        model.addAttribute("statuses", NationalStatus.values());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", page);
        model.addAttribute("entries", national.list(shown, q, page));
        model.addAttribute("pageSize", NationalCatalog.PAGE_SIZE);
        model.addAttribute("counts", national.counts());
        model.addAttribute("runs", national.recentRuns());
        model.addAttribute("when", WHEN);
        model.addAttribute("active", simulator.active());
        model.addAttribute("mode", simulator.mode());
        model.addAttribute("modes", SimulatorMode.values());
        return "admin/national-catalog/list";
    }

    @PostMapping("/sync")
    String sync(RedirectAttributes redirect) {
        redirect.addFlashAttribute("synced", national.syncNow());
        return "redirect:" + PAGE;
    }

    @PostMapping("/mode")
    String mode(@RequestParam(required = false) String mode, RedirectAttributes redirect) {
        simulator.setMode(Arrays.stream(SimulatorMode.values()).filter(m -> m.name().equals(mode))
                .findFirst().orElseThrow(() -> new UserInputException("mode", "nationalCatalog.mode.unknown")));
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + PAGE;
    }

    @GetMapping("/{code}")
    String procedure(@PathVariable String code, Model model) {
        return procedure(national.entry(code), new Adoption("", "", "", ""), FormErrors.none(), model);
    }

    @PostMapping("/{code}/adopt")
    String adopt(@PathVariable String code, @ModelAttribute Adoption adoption, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.submit(() -> SavedVersion.of(national.adopt(code, adoption)), PAGE + "/" + code,
                errors -> procedure(national.entry(code), adoption, errors, model), locale, redirect);
    }

    private String procedure(NationalEntry entry, Adoption adoption, FormErrors errors, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("p", entry.procedure());
        model.addAttribute("current", catalog.findInForce(entry.procedure().code()).orElse(null));
        model.addAttribute("adoption", adoption);
        model.addAttribute("errors", errors);
        model.addAttribute("when", WHEN);
        return "admin/national-catalog/procedure";
    }
}
