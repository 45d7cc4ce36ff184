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
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.Downloads;
import vn.motcua.web.FormErrors;
import vn.motcua.web.HandlingOfficer;

/**
 * Chứng thực bản sao điện tử từ bản chính inside a dossier of 2.000815: the commune officer at the
 * processing step, having compared the paper original, uploads its scan with what the document is; the
 * page answers the copy's number, the original's pages and the fee now required on the dossier (paid once
 * for the paper and electronic copies), and the sealed copy to print as the paper copy.
 */
@Controller
@RequestMapping("/office/dossiers/{code}/certified-copy")
class CertifiedCopyController {

    private final CertifiedCopies copies;
    private final DossierQueries dossiers;
    private final Downloads downloads;
    private final MessageSource messages;

    CertifiedCopyController(CertifiedCopies copies, DossierQueries dossiers, Downloads downloads,
            MessageSource messages) {
        this.copies = copies;
        this.dossiers = dossiers;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping
    String form(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code, Model model) {
        model.addAttribute("errors", FormErrors.none());
        return page(HandlingOfficer.of(officer), code, model);
    }

    @PostMapping
    String certify(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code,
            @RequestParam(required = false) String documentType, @RequestParam(required = false) MultipartFile file,
            Model model, Locale locale) {
        Actor actor = HandlingOfficer.of(officer);
        model.addAttribute("documentType", documentType);
        try {
            if (file == null || file.isEmpty()) {
                throw new UserInputException("file", "datastore.copy.notPdf");
            }
            model.addAttribute("copy", copies.certify(actor, code, documentType, bytes(file)));
            model.addAttribute("errors", FormErrors.none());
        } catch (UserInputException refused) {
            model.addAttribute("errors", FormErrors.of(refused, messages, locale));
        }
        return page(actor, code, model);
    }

    @GetMapping("/{number}/file")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal OfficerPrincipal officer,
            @PathVariable String code, @PathVariable String number) {
        dossiers.get(HandlingOfficer.of(officer), code);
        return copies.ofDossier(code).stream().filter(c -> c.number().equals(number)).findFirst()
                .map(c -> downloads.stored(c.copy().file()))
                .orElseThrow(() -> new NotFoundException("datastore.notFound"));
    }

    private String page(Actor actor, String code, Model model) {
        var dossier = dossiers.get(actor, code);
        model.addAttribute("dossier", dossier);
        model.addAttribute("mayCertify", copies.mayCertify(actor, dossier));
        return "office/certified-copy";
    }

    private static byte[] bytes(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
