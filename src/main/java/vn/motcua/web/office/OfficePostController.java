package vn.motcua.web.office;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.web.HandlingOfficer;
import vn.motcua.web.PostalPanel;

/**
 * At the counter, the officer records what the applicant asks of the post for a dossier they see: collect the
 * papers, deliver the result, or both, with the address, province and commune codes and phone. A refusal
 * shows the dossier page again, with a 400, the typed values and the reasons.
 */
@Controller
@RequestMapping("/office/dossiers/{code}")
class OfficePostController {

    private final DossierQueries dossiers;
    private final DossierPageController page;
    private final PostalPanel panel;

    OfficePostController(DossierQueries dossiers, DossierPageController page, PostalPanel panel) {
        this.dossiers = dossiers;
        this.page = page;
        this.panel = panel;
    }

    @PostMapping("/post")
    String request(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code, WebRequest request,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = HandlingOfficer.of(officer);
        if (actor.isSupervisor()) {
            throw new AccessDeniedException("A supervisor only reads dossiers");
        }
        DossierView dossier = dossiers.get(actor, code);
        return panel.submit(PostalPanel.Form.posted(request), code, dossier.receivingUnit(), dossier.status().closed(),
                        model, locale, response)
                .map(errors -> page.page(model, actor, code, null, null, errors))
                .orElseGet(() -> {
                    redirect.addFlashAttribute("postSaved", true);
                    return "redirect:/office/dossiers/" + code + "#post";
                });
    }
}
