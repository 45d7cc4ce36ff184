package vn.motcua.web.portal.follow;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.delivery.Deliveries;
import vn.motcua.dossier.ApplicantDossier;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.PostalPanel;

/**
 * The applicant asks the post, from the dossier's page, to collect its papers, deliver its result, or both
 * (dịch vụ bưu chính công ích). A refusal shows the dossier page again, with a 400, what was typed and why.
 */
@Controller
@RequestMapping("/follow/{code}")
class FollowPostController {

    private final ApplicantDossiers dossiers;
    private final Deliveries deliveries;
    private final FollowPage page;
    private final PostalPanel panel;

    FollowPostController(ApplicantDossiers dossiers, Deliveries deliveries, FollowPage page, PostalPanel panel) {
        this.dossiers = dossiers;
        this.deliveries = deliveries;
        this.page = page;
        this.panel = panel;
    }

    @PostMapping("/post")
    String request(@PathVariable String code,
            @RequestParam(name = "post.pickUp", defaultValue = "false") boolean pickUp,
            @RequestParam(name = "post.deliver", defaultValue = "false") boolean deliver,
            @RequestParam(name = "post.name", defaultValue = "") String name,
            @RequestParam(name = "post.phone", defaultValue = "") String phone,
            @RequestParam(name = "post.address", defaultValue = "") String address,
            @RequestParam(name = "post.provinceCode", defaultValue = "") String provinceCode,
            @RequestParam(name = "post.communeCode", defaultValue = "") String communeCode,
            HttpSession session, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        String idNumber = FollowedDossiers.idNumberFor(session, code, dossiers);
        ApplicantDossier dossier = dossiers.view(idNumber, code);
        PostalPanel.Form form = new PostalPanel.Form(pickUp, deliver, name, phone, address, provinceCode, communeCode);
        try {
            if (dossier.status().closed()) {
                throw new UserInputException("pickUp", "delivery.request.closed");
            }
            deliveries.request(code, dossier.competentUnit(), form.request());
            redirect.addFlashAttribute("postSaved", true);
            return "redirect:/follow/" + code + "#post";
        } catch (UserInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("postForm", form);
            return page.show(model, idNumber, code, new RatingForm(null, null), panel.errors(refused, locale));
        }
    }
}
