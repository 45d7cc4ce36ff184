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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.delivery.Deliveries;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.platform.UserInputException;
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

    private final Deliveries deliveries;
    private final DossierQueries dossiers;
    private final DossierPageController page;
    private final PostalPanel panel;

    OfficePostController(Deliveries deliveries, DossierQueries dossiers, DossierPageController page,
            PostalPanel panel) {
        this.deliveries = deliveries;
        this.dossiers = dossiers;
        this.page = page;
        this.panel = panel;
    }

    @PostMapping("/post")
    String request(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code,
            @RequestParam(name = "post.pickUp", defaultValue = "false") boolean pickUp,
            @RequestParam(name = "post.deliver", defaultValue = "false") boolean deliver,
            @RequestParam(name = "post.name", defaultValue = "") String name,
            @RequestParam(name = "post.phone", defaultValue = "") String phone,
            @RequestParam(name = "post.address", defaultValue = "") String address,
            @RequestParam(name = "post.provinceCode", defaultValue = "") String provinceCode,
            @RequestParam(name = "post.communeCode", defaultValue = "") String communeCode,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = HandlingOfficer.of(officer);
        if (actor.isSupervisor()) {
            throw new AccessDeniedException("A supervisor only reads dossiers");
        }
        DossierView dossier = dossiers.get(actor, code);
        PostalPanel.Form form = new PostalPanel.Form(pickUp, deliver, name, phone, address, provinceCode, communeCode);
        try {
            if (dossier.status().closed()) {
                throw new UserInputException("pickUp", "delivery.request.closed");
            }
            deliveries.request(code, dossier.receivingUnit(), form.request());
            redirect.addFlashAttribute("postSaved", true);
            return "redirect:/office/dossiers/" + code + "#post";
        } catch (UserInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("postForm", form);
            return page.page(model, actor, code, null, null, panel.errors(refused, locale));
        }
    }
}
