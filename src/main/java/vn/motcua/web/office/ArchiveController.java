package vn.motcua.web.office;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.archive.Archive;
import vn.motcua.archive.ArchiveExport;
import vn.motcua.archive.ArchiveSearch;
import vn.motcua.archive.ArchivedDossier;
import vn.motcua.archive.ArchivedFile;
import vn.motcua.archive.Disposals;
import vn.motcua.document.FileStore;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.Role;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;

/**
 * The records archive for supervisors and administrators (kho lưu trữ): search, an archived dossier's page,
 * its files, its export as a ZIP, the dossiers due for disposal, and the disposal's proposal (either role) and
 * approval (administrators only, never the proposer). Security lets only these two roles in.
 */
@Controller
@RequestMapping("/office/archive")
class ArchiveController {

    private final Archive archive;
    private final ArchiveExport export;
    private final Disposals disposals;
    private final FileStore files;
    private final ProvinceCalendar calendar;
    private final OfficeModel common;
    private final MessageSource messages;

    ArchiveController(Archive archive, ArchiveExport export, Disposals disposals, FileStore files,
            ProvinceCalendar calendar, OfficeModel common, MessageSource messages) {
        this.archive = archive;
        this.export = export;
        this.disposals = disposals;
        this.files = files;
        this.calendar = calendar;
        this.common = common;
        this.messages = messages;
    }

    /** The search form and its results: with no criterion, the latest archived first. */
    @GetMapping
    String search(@RequestParam(required = false) String code, @RequestParam(required = false) String applicant,
            @RequestParam(name = "procedureCode", required = false) String procedure,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "1") int page, Model model, Locale locale, HttpServletResponse response) {
        SearchForm form = new SearchForm(code, applicant, procedure, unit, from, to);
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.none());
        try {
            Problems problems = new Problems();
            LocalDate closedFrom = date(problems, "from", from);
            LocalDate closedTo = date(problems, "to", to);
            problems.throwIfAny();
            model.addAttribute("results", archive.search(new ArchiveSearch(code, applicant, procedure, unit,
                    closedFrom, closedTo, page)));
        } catch (UserInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(refused, messages, locale));
        }
        common.addNamesAndTime(model);
        return "office/archive/search";
    }

    @GetMapping("/{code}")
    String dossier(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code, Model model) {
        model.addAttribute("errors", FormErrors.none());
        return page(officer, code, model);
    }

    @GetMapping("/{code}/files/{seq}")
    ResponseEntity<InputStreamResource> file(@PathVariable String code, @PathVariable int seq) {
        ArchivedDossier dossier = archive.get(code);
        ArchivedFile file = dossier.files().stream().filter(f -> f.seq() == seq).findFirst()
                .filter(f -> dossier.state() == ArchivedDossier.State.ARCHIVED)
                .orElseThrow(() -> new NotFoundException("archive.fileNotFound", code));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.entryName().substring("files/".length())))
                .body(new InputStreamResource(files.open(file.sha256())));
    }

    /** The whole package, streamed: manifest.json and every file. */
    @GetMapping("/{code}/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String code) {
        ArchivedDossier dossier = archive.get(code);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(ArchiveExport.fileName(code)))
                .body(out -> export.write(dossier, out));
    }

    @GetMapping("/disposal")
    String due(Model model) {
        model.addAttribute("due", disposals.due());
        common.addNamesAndTime(model);
        return "office/archive/disposal";
    }

    @PostMapping("/{code}/disposal/proposal")
    String propose(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code,
            @RequestParam(required = false) String reason, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            disposals.propose(officer.officer(), code, reason);
        } catch (UserInputException refused) {
            return refused(officer, code, model, refused, locale, reason, response);
        }
        redirect.addFlashAttribute("proposed", true);
        return "redirect:/office/archive/" + code;
    }

    @PostMapping("/{code}/disposal/approval")
    String approve(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            disposals.approve(officer.officer(), code);
        } catch (UserInputException refused) {
            return refused(officer, code, model, refused, locale, null, response);
        }
        redirect.addFlashAttribute("disposed", true);
        return "redirect:/office/archive/" + code;
    }

    private String refused(OfficerPrincipal officer, String code, Model model, UserInputException refused,
            Locale locale, String reason, HttpServletResponse response) {
        if (refused instanceof NotFoundException) {
            throw refused;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", FormErrors.of(refused, messages, locale));
        model.addAttribute("reason", reason);
        model.addAttribute("refused", true);
        return page(officer, code, model);
    }

    private String page(OfficerPrincipal officer, String code, Model model) {
        ArchivedDossier dossier = archive.get(code);
        model.addAttribute("dossier", dossier);
        model.addAttribute("retentionPassed", dossier.retentionPassed(calendar.now().toLocalDate()));
        model.addAttribute("proposal", disposals.proposal(code).orElse(null));
        disposals.audit(code).ifPresent(audit -> {
            model.addAttribute("audit", audit);
            model.addAttribute("auditAt", LocalDateTime.ofInstant(audit.approvedAt(),
                    calendar.calendar().workingHours().zone()));
        });
        model.addAttribute("administrator", officer.role() == Role.ADMINISTRATOR);
        model.addAttribute("me", officer.getUsername());
        common.addNamesAndTime(model);
        return "office/archive/dossier";
    }

    private static LocalDate date(Problems problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, "archive.search.date");
            return null;
        }
    }

    private static String attachment(String fileName) {
        return org.springframework.http.ContentDisposition.attachment()
                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString();
    }

    /** The search form as typed, to show it again. */
    record SearchForm(String code, String applicant, String procedure, String unit, String from, String to) {
    }
}
