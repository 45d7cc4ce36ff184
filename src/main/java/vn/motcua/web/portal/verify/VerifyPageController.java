package vn.motcua.web.portal.verify;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;
import vn.motcua.verification.PublishedResult;
import vn.motcua.verification.PublishedResults;
import vn.motcua.verification.SignatureVerifier;
import vn.motcua.verification.VerificationReport;
import vn.motcua.verification.VerificationReports;
import vn.motcua.web.Downloads;
import vn.motcua.web.FormErrors;

/**
 * The public verification pages: {@code /verify/{result code}} (what the QR code on a result opens) and
 * {@code /verify}, where anyone uploads a PDF and reads what its signatures are worth; DSS's own reports
 * behind a link. No login, no JavaScript.
 */
@Controller
class VerifyPageController {

    private final SignatureVerifier verifier;
    private final PublishedResults published;
    private final VerificationReports reports;
    private final VerifyRateLimit limit;
    private final Downloads downloads;
    private final MessageSource messages;
    private final ZoneId zone;

    VerifyPageController(SignatureVerifier verifier, PublishedResults published, VerificationReports reports,
            VerifyRateLimit limit, Downloads downloads, MessageSource messages, ProvinceCalendar calendar) {
        this.zone = calendar.calendar().workingHours().zone();
        this.verifier = verifier;
        this.published = published;
        this.reports = reports;
        this.limit = limit;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/verify")
    String form(Model model) {
        return form(model, FormErrors.none());
    }

    @PostMapping("/verify")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(new UserInputException("file", "verification.file.missing"), response, model, locale);
        }
        Optional<String> tooMany = tooMany(request, response, model);
        if (tooMany.isPresent()) {
            return tooMany.get();
        }
        try {
            if (file.getSize() > verifier.limits().maxFileSize().toBytes()) {
                throw new UserInputException("file", "verification.limit.size",
                        verifier.limits().maxFileSize().toMegabytes());
            }
            model.addAttribute("verification", verifier.verify(file.getBytes()));
            model.addAttribute("zone", zone);
            model.addAttribute("fileName", file.getOriginalFilename());
            return "verify/uploaded";
        } catch (UserInputException e) {
            return refused(e, response, model, locale);
        }
    }

    @GetMapping("/verify/{resultCode}")
    String published(@PathVariable String resultCode, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Optional<String> tooMany = tooMany(request, response, model);
        if (tooMany.isPresent()) {
            return tooMany.get();
        }
        Optional<PublishedResult> result = published.find(resultCode);
        if (result.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("resultCode", resultCode);
            return "verify/unknown";
        }
        model.addAttribute("result", result.get());
        model.addAttribute("verification", result.get().verification());
        model.addAttribute("zone", zone);
        return "verify/published";
    }

    @GetMapping("/verify/{resultCode}/file")
    ResponseEntity<InputStreamResource> original(@PathVariable String resultCode) {
        return downloads.stored(published.file(resultCode)
                .orElseThrow(() -> new NotFoundException("verification.unknown", resultCode)));
    }

    @GetMapping("/verify/reports/{id}")
    String report(@PathVariable String id, Model model) {
        VerificationReport report = report(id);
        model.addAttribute("reportId", id);
        model.addAttribute("simpleHtml", report.simpleHtml());
        model.addAttribute("detailedHtml", report.detailedHtml());
        return "verify/report";
    }

    @GetMapping("/verify/reports/{id}/simple.xml")
    ResponseEntity<byte[]> simpleXml(@PathVariable String id) {
        return xml(report(id).simpleXml(), "simple-report.xml");
    }

    @GetMapping("/verify/reports/{id}/detailed.xml")
    ResponseEntity<byte[]> detailedXml(@PathVariable String id) {
        return xml(report(id).detailedXml(), "detailed-report.xml");
    }

    private VerificationReport report(String id) {
        return reports.find(id).orElseThrow(() -> new NotFoundException("verification.report.unknown", id));
    }

    private static ResponseEntity<byte[]> xml(String content, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff").body(content.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<String> tooMany(HttpServletRequest request, HttpServletResponse response, Model model) {
        return limit.secondsToWait(request).map(seconds -> {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            model.addAttribute("seconds", seconds);
            return "verify/too-many";
        });
    }

    private String refused(UserInputException e, HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, FormErrors.of(e, messages, locale));
    }

    private String form(Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("limits", verifier.limits());
        return "verify/form";
    }
}
