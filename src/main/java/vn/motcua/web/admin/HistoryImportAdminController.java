package vn.motcua.web.admin;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.integration.HistoryImportJobs;
import vn.motcua.integration.ImportJob;
import vn.motcua.integration.LineError;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;

/**
 * Nhập hồ sơ lịch sử: an administrator uploads the old system's JSON Lines file; it is imported in
 * the background and its page shows the progress, refreshing itself without JavaScript, then the
 * summary and the rejected lines.
 */
@Controller
@RequestMapping("/admin/import")
class HistoryImportAdminController {

    /** Seconds between refreshes of a running import's page. */
    static final int REFRESH_SECONDS = 2;

    private final HistoryImportJobs jobs;
    private final MessageSource messages;

    HistoryImportAdminController(HistoryImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    /** One rejected line as the page shows it. */
    record Rejected(long line, String code, String reason) {
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "admin/import/form";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal OfficerPrincipal officer,
            Model model, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", FormErrors.of(new UserInputException("file", "integration.admin.file.required"),
                    messages, locale));
            return "admin/import/form";
        }
        // The upload's own spool file disappears with the request; the job needs a copy of its own.
        Path copy = Files.createTempFile("motcua-history-", ".jsonl");
        file.transferTo(new File(copy.toString()));
        ImportJob job = jobs.start(copy, file.getOriginalFilename(), officer.getUsername());
        return "redirect:/admin/import/" + job.id();
    }

    @GetMapping("/{id}")
    String job(@PathVariable String id, @RequestParam(defaultValue = "true") boolean refresh, Model model,
            Locale locale) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("integration.admin.job.notFound", id));
        model.addAttribute("job", job);
        model.addAttribute("refreshSeconds", job.inProgress() && refresh ? REFRESH_SECONDS : null);
        model.addAttribute("rejected", job.summary() == null ? List.of() : translated(job.summary().errors(), locale));
        return "admin/import/job";
    }

    private List<Rejected> translated(List<LineError> errors, Locale locale) {
        return errors.stream().map(e -> new Rejected(e.line(), e.code(),
                messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale))).toList();
    }
}
