package vn.motcua.verification.internal;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.motcua.platform.UserInputException;
import vn.motcua.verification.Outcome;
import vn.motcua.verification.SignatureCheck;
import vn.motcua.verification.Verification;
import vn.motcua.verification.VerificationLimits;

/**
 * One file through the checks, cheapest first: size, PDF header, PDFBox's reading (pages, signatures), then
 * DSS. Every way a file can fail ends in an {@link Outcome} or a refusal (400), never in an error.
 */
@Component
public class FileValidation {

    private static final Logger LOG = LoggerFactory.getLogger(FileValidation.class);

    private final DssValidation dss;
    private final ReportStore reports;
    private final VerificationLimits limits;

    FileValidation(DssValidation dss, ReportStore reports, VerificationLimits limits) {
        this.dss = dss;
        this.reports = reports;
        this.limits = limits;
    }

    /**
     * The verdict on {@code content}, with the result codes printed on it.
     *
     * @throws UserInputException (field {@code file}) past a limit of {@link VerificationLimits}
     */
    public Checked validate(byte[] content) {
        refuseIf(content.length > limits.maxFileSize().toBytes(), "verification.limit.size",
                limits.maxFileSize().toMegabytes());
        if (!PdfInspection.looksLikePdf(content)) {
            return new Checked(verdict(Outcome.NOT_PDF, List.of(), null), Set.of());
        }
        PdfInspection pdf;
        try {
            pdf = PdfInspection.of(content);
        } catch (IOException e) {
            return new Checked(verdict(Outcome.DAMAGED, List.of(), null), Set.of());
        }
        refuseIf(pdf.pages() > limits.maxPages(), "verification.limit.pages", limits.maxPages());
        refuseIf(pdf.signatures() > limits.maxSignatures(), "verification.limit.signatures", limits.maxSignatures());
        if (pdf.signatures() == 0) {
            return new Checked(verdict(Outcome.NO_SIGNATURES, List.of(), null), pdf.codes());
        }
        return new Checked(dss(content, pdf), pdf.codes());
    }

    private Verification dss(byte[] content, PdfInspection pdf) {
        Reports result;
        try {
            result = dss.validate(content);
        } catch (RuntimeException e) {
            // PDFBox read it, but DSS cannot make sense of its signatures: a damaged file, not our error.
            LOG.info("DSS could not validate an uploaded PDF: {}", e.toString());
            return verdict(Outcome.DAMAGED, List.of(), null);
        }
        List<SignatureCheck> signatures = SignatureFindings.of(result);
        if (signatures.isEmpty()) {
            return verdict(Outcome.NO_SIGNATURES, List.of(), null);
        }
        String reportId = reports.keep(result.getXmlSimpleReport(), result.getXmlDetailedReport());
        return verdict(outcome(signatures, pdf, result), signatures, reportId);
    }

    private static Outcome outcome(List<SignatureCheck> signatures, PdfInspection pdf, Reports result) {
        if (!signatures.stream().allMatch(SignatureCheck::valid)) {
            return Outcome.INVALID;
        }
        boolean changed = !pdf.coveredToTheEnd()
                && result.getDiagnosticData().getSignatures().stream().anyMatch(FileValidation::changedAfter);
        return changed ? Outcome.CHANGED_AFTER_SIGNING : Outcome.VALID;
    }

    /**
     * Something other than a signature, a form fill or validation data (DSS dictionary, document timestamp)
     * was added after this signature: B-LT and B-LTA add revisions no signature covers, and those are fine.
     */
    private static boolean changedAfter(SignatureWrapper signature) {
        return signature.arePdfModificationsDetected() || !signature.getPdfUndefinedChanges().isEmpty()
                || !signature.getPdfAnnotationChanges().isEmpty();
    }

    private static Verification verdict(Outcome outcome, List<SignatureCheck> signatures, String reportId) {
        return new Verification(outcome, signatures, null, null, reportId);
    }

    private static void refuseIf(boolean over, String messageKey, Object limit) {
        if (over) {
            throw new UserInputException("file", messageKey, limit);
        }
    }

    /**
     * A verdict and what the file says of itself.
     *
     * @param verification the verdict, not yet matched to the province's results
     * @param printedCodes the result codes printed on its first and last page
     */
    public record Checked(Verification verification, Set<String> printedCodes) {
    }
}
