package vn.motcua.web.office;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.platform.UserInputException;
import vn.motcua.reading.ScanHit;
import vn.motcua.reading.ScannedPapers;
import vn.motcua.web.FormErrors;
import vn.motcua.web.HandlingOfficer;

/**
 * "Find a scanned paper by a word in it" (tìm giấy tờ đã quét theo nội dung): the scans whose OCR text holds
 * the words, in the dossiers the officer may open. A search the rules refuse answers 400 with the form and
 * why; while Tesseract is missing the page says that new scans are not being read.
 */
@RequestMapping("/office/scans")
@Controller
class ScanSearchController {

    /** Hits shown at most. */
    static final int SHOWN = 50;
    /** Hits fetched before those the officer may not open are left out. */
    private static final int FETCHED = 500;

    private final ScannedPapers papers;
    private final DossierQueries dossiers;
    private final MessageSource messages;

    ScanSearchController(ScannedPapers papers, DossierQueries dossiers, MessageSource messages) {
        this.papers = papers;
        this.dossiers = dossiers;
        this.messages = messages;
    }

    @GetMapping
    String search(@AuthenticationPrincipal OfficerPrincipal officer, @RequestParam(defaultValue = "") String q,
            Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("q", q);
        model.addAttribute("ocrStatus", papers.ocrStatus());
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("hits", List.of());
        if (q.isBlank()) {
            return "office/scan-search";
        }
        try {
            List<ScanHit> hits = papers.search(q, FETCHED);
            Set<String> openable = dossiers.openable(HandlingOfficer.of(officer),
                    hits.stream().map(ScanHit::dossierCode).distinct().toList());
            model.addAttribute("hits", hits.stream().filter(h -> openable.contains(h.dossierCode())).limit(SHOWN).toList());
        } catch (UserInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(refused, messages, locale));
        }
        return "office/scan-search";
    }
}
