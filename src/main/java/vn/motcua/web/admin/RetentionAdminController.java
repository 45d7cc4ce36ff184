package vn.motcua.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.archive.Retention;
import vn.motcua.archive.Retentions;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;

/**
 * Thời hạn bảo quản per procedure (README "The records archive (lưu trữ)"): administrators see the default
 * from configuration and each procedure's retention now, and set one, in years or for good. A change applies
 * to dossiers archived afterwards.
 */
@Controller
@RequestMapping("/admin/archive/retention")
class RetentionAdminController {

    /** Procedures per page: each row carries its own form, so fewer than the catalog's list. */
    static final int PAGE_SIZE = 50;

    private final Retentions retentions;
    private final Catalog catalog;
    private final MessageSource messages;

    RetentionAdminController(Retentions retentions, Catalog catalog, MessageSource messages) {
        this.retentions = retentions;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") long page, Model model,
            Locale locale, HttpServletResponse response) {
        Problems problems = InputLimits.page(new Problems(), "page", page, 1);
        InputLimits.line(problems, "q", q, InputLimits.SEARCH);
        try {
            problems.throwIfAny();
        } catch (UserInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, null, 1, FormErrors.of(refused, messages, locale), Map.of());
        }
        return page(model, q, (int) page, FormErrors.none(), Map.of());
    }

    /** Sets one procedure's retention; an unknown procedure is a 404 (Retentions refuses it). */
    @PostMapping("/{code}")
    String set(@PathVariable String code, @RequestParam(required = false) String years,
            @RequestParam(defaultValue = "false") boolean permanent, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal OfficerPrincipal administrator,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        String field = "years-" + code;
        int shown = Math.clamp(page, 1, InputLimits.MAX_PAGE);
        Retention retention;
        try {
            InputLimits.line(new Problems(), field, years, InputLimits.CONTACT).throwIfAny();
            retention = Retention.parse(field, years, permanent);
        } catch (UserInputException refused) {
            requireProcedure(code);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, searchable(q), shown, FormErrors.of(refused, messages, locale), Map.of(code, years == null ? "" : years));
        }
        retentions.set(code, retention, administrator.getUsername());
        redirect.addFlashAttribute("savedCode", code);
        redirect.addFlashAttribute("savedRetention", retention);
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/archive/retention").queryParamIfPresent("q",
                Optional.ofNullable(searchable(q))).queryParam("page", shown).encode().build().toUriString();
    }

    /** A form for a procedure the catalog does not have is a 404 whatever else is wrong with it. */
    private void requireProcedure(String code) {
        if (!catalog.codes().contains(code)) {
            throw new NotFoundException("archive.retention.unknownProcedure", code);
        }
    }

    private String page(Model model, String q, int page, FormErrors errors, Map<String, String> typed) {
        ProcedureQuery query = new ProcedureQuery(q, null, null, null, page, PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("results", catalog.search(query));
        model.addAttribute("defaultRetention", retentions.defaultRetention());
        model.addAttribute("chosen", retentions.set());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "admin/archive/retention";
    }

    /** The search carried back to the list after a change, dropped when it is past its limits. */
    private static String searchable(String q) {
        return InputLimits.line(new Problems(), "q", q, InputLimits.SEARCH).isEmpty() ? q : null;
    }
}
