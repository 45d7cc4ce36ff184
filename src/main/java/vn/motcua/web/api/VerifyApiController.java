package vn.motcua.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.platform.UserInputException;
import vn.motcua.verification.Outcome;
import vn.motcua.verification.SignatureVerifier;
import vn.motcua.verification.Verification;
import vn.motcua.web.portal.verify.VerifyRateLimit;

/** Anyone checks a signed PDF: the same validation as the page {@code /verify}, as JSON. */
@RestController
@Tag(name = "Verification", description = "Xác thực: validate the digital signatures of a PDF, e.g. a signed result")
class VerifyApiController {

    private final SignatureVerifier verifier;
    private final VerifyRateLimit limit;
    private final MessageSource messages;

    VerifyApiController(SignatureVerifier verifier, VerifyRateLimit limit, MessageSource messages) {
        this.verifier = verifier;
        this.limit = limit;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Validate the signatures of a PDF (public)", description = "Validates every signature of "
            + "the uploaded PDF (multipart field `file`) with EU DSS: chain to the province's trusted roots, "
            + "revocation (CRL/OCSP fetched online; unreachable means `REVOCATION_UNKNOWN`), timestamp, and changes "
            + "after signing. Answers `{valid, resultCode, dossierCode, outcome, explanation, signatures: [{signer, "
            + "organization, signedAt, level, intact, trusted, revoked, finding, explanation}], reportUrl}`. "
            + "`resultCode`/`dossierCode` are set when the file is one of the province's results (it prints a result "
            + "code and is that result's stored file or validly signed). `outcome` is one of VALID, NO_SIGNATURES, "
            + "CHANGED_AFTER_SIGNING, INVALID; `finding` one of VALID, MODIFIED, REVOKED, UNTRUSTED, EXPIRED, "
            + "REVOCATION_UNKNOWN, FAILED; explanations follow Accept-Language (Vietnamese by default). `level` is "
            + "B-B, B-T, B-LT or B-LTA. `reportUrl` shows DSS's simple and detailed reports for 24 hours "
            + "(`…/simple.xml`, `…/detailed.xml`). 400 (field `file`) for a file that is not a PDF or cannot be "
            + "read, over 20 MB, over 500 pages or over 20 signatures (motcua.verification.*); 429 with Retry-After "
            + "past 10 validations a minute per client address. No login needed.")
    ResponseEntity<?> verify(@RequestParam("file") MultipartFile file, HttpServletRequest request, Locale locale)
            throws IOException {
        var wait = limit.secondsToWait(request);
        if (wait.isPresent()) {
            String message = messages.getMessage("verification.tooMany", new Object[] {wait.get()}, locale);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get()))
                    .body(new ApiErrorHandler.ApiError(message, List.of()));
        }
        if (file.getSize() > verifier.limits().maxFileSize().toBytes()) {
            throw new UserInputException("file", "verification.limit.size", verifier.limits().maxFileSize().toMegabytes());
        }
        Verification v = verifier.verify(file.getBytes());
        if (v.outcome() == Outcome.NOT_PDF || v.outcome() == Outcome.DAMAGED) {
            throw new UserInputException("file", v.outcome().messageKey());
        }
        String reportUrl = v.reportId() == null ? null : "/verify/reports/" + v.reportId();
        return ResponseEntity.ok(VerificationJson.of(v, reportUrl, messages, locale));
    }
}
