package vn.motcua.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.reading.ScannedPapers;

/**
 * Reading papers for the administrator: whether Tesseract works here (its version, or why not and what to
 * install) and the background reading of scans: waiting, read, failed with why.
 */
@Controller
class ReadingAdminController {

    private final ScannedPapers papers;

    ReadingAdminController(ScannedPapers papers) {
        this.papers = papers;
    }

    @GetMapping("/admin/reading")
    String status(Model model) {
        model.addAttribute("state", papers.state());
        return "admin/reading";
    }
}
