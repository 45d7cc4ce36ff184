package vn.motcua.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.feedback.FeedbackImport;

/** Administrators import the feedback and complaints the national portal received, as JSON Lines. */
@RestController
@RequestMapping("/api/v1/import")
@Tag(name = "Import", description = "Nhập phản ánh, kiến nghị từ Cổng Dịch vụ công quốc gia (administrators)")
class FeedbackImportApiController {

    private final FeedbackImport imports;
    private final MessageSource messages;

    FeedbackImportApiController(FeedbackImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** The summary as the API answers it, reasons in the caller's language. */
    record Summary(long lines, long created, long rejected, List<Error> errors) {
    }

    /** One rejected line. */
    record Error(long line, String externalId, String field, String reason) {
    }

    // As for dossiers: no type a plain HTML form can send, so no other site can make an administrator import.
    @PostMapping(path = "/feedback", consumes = {"application/x-ndjson", "application/jsonl",
        MediaType.APPLICATION_JSON_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import feedback and complaints received by the national portal (JSON Lines)",
            description = "UTF-8, one item per line: externalId, kind (FEEDBACK or COMPLAINT), title (≤ 500), "
                    + "content (≤ 10,000), senderName (≤ 200), senderContact (optional, ≤ 100), dossierCode and "
                    + "procedureCode (optional, checked), receivedAt (2026-12-01T08:30:00, province time, not in the "
                    + "future). At most 10,000 lines of 64,000 characters; each line filed on its own; an externalId "
                    + "imported before is refused. Errors name the line, the field and the reason (first 100).")
    Summary importFeedback(HttpServletRequest request, Locale locale) throws IOException {
        try (InputStream body = request.getInputStream()) {
            FeedbackImport.Summary summary = imports.importLines(body);
            return new Summary(summary.lines(), summary.created(), summary.rejected(), summary.errors().stream()
                    .map(e -> new Error(e.line(), e.externalId(), e.field(), messages.getMessage(e.messageKey(),
                            e.arguments().toArray(), e.messageKey(), locale)))
                    .toList());
        }
    }
}
