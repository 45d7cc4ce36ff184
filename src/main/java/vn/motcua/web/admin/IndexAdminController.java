package vn.motcua.web.admin;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.web.IndexRecomputeJob;

/**
 * The index's maintenance for administrators: recompute everything it keeps from scratch, after a
 * rule changed or when a number is doubted. The page reloads itself while the run goes on.
 */
@Controller
class IndexAdminController {

    /** Often enough to see the end soon, rarely enough not to load the server. */
    static final int REFRESH_SECONDS = 3;

    private final IndexRecomputeJob job;

    IndexAdminController(IndexRecomputeJob job) {
        this.job = job;
    }

    @GetMapping("/admin/index")
    String page(Model model) {
        IndexRecomputeJob.Status status = job.status();
        model.addAttribute("status", status);
        if (status.running()) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        return "admin/index";
    }

    @PostMapping("/admin/index/recompute")
    String recompute(@AuthenticationPrincipal OfficerPrincipal administrator, RedirectAttributes redirect) {
        redirect.addFlashAttribute(job.start(administrator.getUsername()) ? "started" : "alreadyRunning", true);
        return "redirect:/admin/index";
    }
}
