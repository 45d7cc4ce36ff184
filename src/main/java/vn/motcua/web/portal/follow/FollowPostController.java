package vn.motcua.web.portal.follow;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.dossier.ApplicantDossier;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.web.PostalPanel;

/**
 * The applicant asks the post, from the dossier's page, to collect its papers, deliver its result, or both
 * (dịch vụ bưu chính công ích). A refusal shows the dossier page again, with a 400, what was typed and why.
 */
@Controller
@RequestMapping("/follow/{code}")
class FollowPostController {

    private final ApplicantDossiers dossiers;
    private final FollowPage page;
    private final PostalPanel panel;

    FollowPostController(ApplicantDossiers dossiers, FollowPage page, PostalPanel panel) {
        this.dossiers = dossiers;
        this.page = page;
        this.panel = panel;
    }

    @PostMapping("/post")
    String request(@PathVariable String code, WebRequest request, HttpSession session, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        String idNumber = FollowedDossiers.idNumberFor(session, code, dossiers);
        ApplicantDossier dossier = dossiers.view(idNumber, code);
        return panel.submit(PostalPanel.Form.posted(request), code, dossier.competentUnit(), dossier.status().closed(),
                        model, locale, response)
                .map(errors -> page.show(model, idNumber, code, new RatingForm(null, null), errors))
                .orElseGet(() -> {
                    redirect.addFlashAttribute("postSaved", true);
                    return "redirect:/follow/" + code + "#post";
                });
    }
}
