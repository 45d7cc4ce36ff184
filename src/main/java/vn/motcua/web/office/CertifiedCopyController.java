package vn.motcua.web.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.datastore.CertifiedCopies;
import vn.motcua.datastore.CertifiedCopy;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.Downloads;
import vn.motcua.web.FormErrors;
import vn.motcua.web.HandlingOfficer;

/**
 * Chứng thực bản sao điện tử từ bản chính at a commune's counter: the officer, having compared the paper
 * original, uploads its scan with the owner's ID and what the document is; the page answers the copy's
 * number, the original's pages and the fee (charged once for the paper and electronic copies), and the
 * sealed copy to print as the paper copy. Under {@code /office/reception}: reception officers only.
 */
@Controller
@RequestMapping("/office/reception/certified-copies")
class CertifiedCopyController {

    private final CertifiedCopies copies;
    private final Downloads downloads;
    private final MessageSource messages;

    CertifiedCopyController(CertifiedCopies copies, Downloads downloads, MessageSource messages) {
        this.copies = copies;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "office/certified-copy";
    }

    @PostMapping
    String certify(@AuthenticationPrincipal OfficerPrincipal officer, @RequestParam(required = false) String ownerId,
            @RequestParam(required = false) String documentType, @RequestParam(required = false) MultipartFile file,
            Model model, Locale locale) {
        model.addAttribute("ownerId", ownerId);
        model.addAttribute("documentType", documentType);
        try {
            if (file == null || file.isEmpty()) {
                throw new UserInputException("file", "datastore.copy.notPdf");
            }
            CertifiedCopy copy = copies.certify(HandlingOfficer.of(officer), ownerId, documentType, bytes(file));
            model.addAttribute("copy", copy);
            model.addAttribute("errors", FormErrors.none());
        } catch (UserInputException refused) {
            model.addAttribute("errors", FormErrors.of(refused, messages, locale));
        }
        return "office/certified-copy";
    }

    @GetMapping("/{number}/file")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal OfficerPrincipal officer,
            @PathVariable String number) {
        return copies.find(officer.officer().unit(), number).map(c -> downloads.stored(c.copy().file()))
                .orElseThrow(() -> new NotFoundException("datastore.notFound"));
    }

    private static byte[] bytes(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
