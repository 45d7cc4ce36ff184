package vn.motcua.verification.internal;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.validation.reports.Reports;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.result.TrustedRoots;

/**
 * Runs EU DSS on a PDF with DSS's default validation policy: chain to the trusted roots, revocation
 * fetched online (CRL and OCSP, and missing CA certificates through AIA), timestamps, and the PDF's
 * modifications after each signature. The time of validation is the application's clock.
 */
@Component
class DssValidation {

    private final TrustedRoots roots;
    private final Clock clock;
    private final HttpOnlyDataLoader loader;
    private final HttpOnlyDataLoader ocspLoader;

    DssValidation(TrustedRoots roots, Clock clock,
            @Value("${motcua.verification.revocation-timeout:PT3S}") Duration timeout) {
        this.roots = roots;
        this.clock = clock;
        this.loader = new HttpOnlyDataLoader(timed(new CommonsDataLoader(), timeout));
        this.ocspLoader = new HttpOnlyDataLoader(timed(new OCSPDataLoader(), timeout));
    }

    Reports validate(byte[] pdf) {
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf, "document.pdf"));
        validator.setCertificateVerifier(verifier());
        validator.setValidationTime(Date.from(clock.instant()));
        return validator.validateDocument();
    }

    private CommonCertificateVerifier verifier() {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(roots.current());
        verifier.setCrlSource(new OnlineCRLSource(loader));
        verifier.setOcspSource(new OnlineOCSPSource(ocspLoader));
        verifier.setAIASource(new DefaultAIASource(loader));
        return verifier;
    }

    /** A fetch that cannot finish in time leaves the revocation status unknown rather than holding the upload. */
    private static CommonsDataLoader timed(CommonsDataLoader loader, Duration timeout) {
        int millis = Math.toIntExact(timeout.toMillis());
        loader.setTimeoutConnection(millis);
        loader.setTimeoutConnectionRequest(millis);
        loader.setTimeoutResponse(millis);
        loader.setTimeoutSocket(millis);
        return loader;
    }
}
