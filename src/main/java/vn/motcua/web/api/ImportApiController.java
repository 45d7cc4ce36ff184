package vn.motcua.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.integration.DossierHistoryImport;
import vn.motcua.integration.ImportSummary;
import vn.motcua.integration.LineError;

/** Administrators import a province's dossier history as JSON Lines, streamed in the request body. */
@RestController
@RequestMapping("/api/v1/import")
@Tag(name = "Import", description = "Nhập hồ sơ lịch sử (administrators)")
class ImportApiController {

    private static final List<Locale> LANGUAGES = List.of(Locale.of("vi"), Locale.ENGLISH);

    private final DossierHistoryImport imports;
    private final MessageSource messages;

    ImportApiController(DossierHistoryImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** The summary as the API answers it, reasons in the caller's language. */
    record Summary(long lines, long created, long updated, long rejected, List<Error> errors, long moreErrors) {
    }

    /** One rejected line; {@code code} is absent when the line has no usable MaHoSo. */
    record Error(long line, String code, String reason) {
    }

    // No type a plain HTML form can send (form-urlencoded, multipart, text/plain): another site cannot
    // make an administrator's browser import lines, whatever credentials it holds.
    @PostMapping(path = "/dossiers", consumes = {"application/x-ndjson", "application/jsonl",
        MediaType.APPLICATION_JSON_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import dossier history (JSON Lines, one national portal dossier per line)",
            description = "Streams the body, UTF-8, up to motcua.uploads.max-import-size (2 GB); Content-Type "
                    + "application/x-ndjson, application/jsonl or application/json (415 otherwise); valid lines are recorded in the service index in "
                    + "batches of 1000, each committed on its own; invalid ones are reported with their line number. "
                    + "Re-importing a MaHoSo updates it. Reasons in Vietnamese, or English with Accept-Language: en.",
            requestBody = @RequestBody(required = true, description = "JSON Lines, UTF-8: one dossier per line",
                    content = @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string",
                            example = "{\"MaHoSo\":\"H18-2019-000001\",\"DonViXuLy\":\"000.00.02.H18\","
                                    + "\"MaTTHC\":\"1.013859\",\"KenhThucHien\":1,\"LoaiDoiTuong\":1,"
                                    + "\"TrangThaiHoSo\":10,\"NgayTiepNhan\":\"20190304080000\","
                                    + "\"NgayHenTra\":\"20190308160000\",\"NgayKetThucXuLy\":\"20190307100000\","
                                    + "\"NgayTra\":\"20190308090000\"}"))))
    Summary importDossiers(HttpServletRequest request, Locale resolved) throws IOException {
        Locale locale = reasonLanguage(request, resolved);
        // Read from the request's own stream: no buffering of the body; web.BodyLimitFilter caps it.
        try (InputStream body = request.getInputStream()) {
            return translated(imports.importLines(body), locale);
        }
    }

    private Summary translated(ImportSummary summary, Locale locale) {
        List<Error> errors = summary.errors().stream().map(e -> new Error(e.line(), e.code(), reason(e, locale)))
                .toList();
        return new Summary(summary.lines(), summary.created(), summary.updated(), summary.rejected(), errors,
                summary.moreErrors());
    }

    private String reason(LineError error, Locale locale) {
        return messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(), locale);
    }

    /**
     * An integration client says its language with Accept-Language; {@code ?lang=} (or the cookie a
     * browser keeps) still wins, and without either the answer is Vietnamese.
     */
    private static Locale reasonLanguage(HttpServletRequest request, Locale resolved) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (request.getParameter("lang") != null || header == null || header.isBlank()) {
            return resolved;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), LANGUAGES);
            return chosen == null ? resolved : chosen;
        } catch (IllegalArgumentException e) {
            return resolved;
        }
    }
}
