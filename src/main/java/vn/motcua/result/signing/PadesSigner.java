package vn.motcua.result.signing;

import eu.europa.esig.dss.alert.ExceptionOnStatusAlert;
import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.alert.exception.AlertException;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.platform.UserInputException;
import vn.motcua.result.pki.DemoPki;
import vn.motcua.result.pki.PkiAddresses;
import vn.motcua.result.pki.PkiSettings;
import vn.motcua.result.pki.RevocationAuthority;
import vn.motcua.result.pki.TimestampAuthority;
import vn.motcua.result.TrustedRoots;

/**
 * Signs a PDF with EU DSS, PAdES baseline: B-T (the signature and a timestamp of it) always, B-LT (the
 * chain's revocation data embedded, so the signature stays verifiable after the certificates expire)
 * where the signer's revocation data is reachable. Before anything is signed the signer's certificate
 * is checked: out of its validity or revoked, it is refused with a reason the officer reads.
 */
@Component
public class PadesSigner {

    private static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PkiDataLoader loader;
    private final OnlineOCSPSource ocsp;
    private final OnlineCRLSource crl;
    private final DemoPki pki;
    private final PkiSettings settings;
    private final TrustedRoots roots;
    private final Clock clock;

    PadesSigner(DemoPki pki, RevocationAuthority revocation, TimestampAuthority tsa, PkiSettings settings,
            TrustedRoots roots, Clock clock) {
        this.loader = new PkiDataLoader(pki, revocation, tsa);
        this.ocsp = new OnlineOCSPSource(loader);
        this.crl = new OnlineCRLSource(loader);
        this.pki = pki;
        this.settings = settings;
        this.roots = roots;
        this.clock = clock;
    }

    /**
     * Bytes reserved in the PDF for the signature: DSS's default (9,472) is too small for an RSA chain of
     * three certificates with its timestamp token, as the government CA's and the demo's are.
     */
    private static final int SIGNATURE_SPACE = 32_768;

    /**
     * The PDF signed by {@code key}.
     *
     * @param reason why it is signed, as a PDF reader shows it (e.g. "Đóng dấu kết quả 000.00.12.H18-…-KQ1")
     * @throws UserInputException when the key's certificate is expired, not yet valid or revoked
     */
    public byte[] sign(byte[] pdf, SigningKey key, String reason) {
        Instant now = clock.instant();
        CertificateToken certificate = key.certificate();
        checkValidity(certificate, now);
        SignatureLevel level = revocationLevel(certificate, key.chain());
        PAdESService service = new PAdESService(verifier(key.chain()));
        service.setTspSource(new OnlineTSPSource(tsaUrl(), loader));
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(level);
        parameters.setDigestAlgorithm(DIGEST);
        parameters.setSigningCertificate(certificate);
        parameters.setCertificateChain(key.chain());
        parameters.bLevel().setSigningDate(Date.from(now));
        parameters.setReason(reason);
        parameters.setContentSize(SIGNATURE_SPACE);
        parameters.setLocation("Việt Nam");
        DSSDocument document = new InMemoryDocument(pdf);
        try {
            ToBeSigned data = service.getDataToSign(document, parameters);
            SignatureValue value = key.sign(data, DIGEST);
            return bytes(service.signDocument(document, parameters, value));
        } catch (AlertException e) {
            throw new UserInputException(null, "result.sign.refused", subject(certificate), e.getMessage());
        }
    }

    /** The configured TSA, else the demo PKI's. */
    private String tsaUrl() {
        return settings.tsaUrl() == null || settings.tsaUrl().isBlank()
                ? pki.addresses().base() + PkiAddresses.TSA : settings.tsaUrl();
    }

    private void checkValidity(CertificateToken certificate, Instant now) {
        Date at = Date.from(now);
        if (certificate.getNotAfter().before(at)) {
            throw new UserInputException(null, "result.sign.expired", subject(certificate), day(certificate.getNotAfter()));
        }
        if (certificate.getNotBefore().after(at)) {
            throw new UserInputException(null, "result.sign.notYetValid", subject(certificate),
                    day(certificate.getNotBefore()));
        }
    }

    /** B-LT when the signer's status is known (OCSP, else CRL); revoked is refused; unknown signs B-T. */
    private SignatureLevel revocationLevel(CertificateToken certificate, List<CertificateToken> chain) {
        CertificateToken issuer = chain.stream().filter(c -> certificate.isSignedBy(c)).findFirst().orElse(null);
        if (issuer == null) {
            return SignatureLevel.PAdES_BASELINE_T;
        }
        RevocationToken<?> status = status(certificate, issuer);
        if (status == null || !status.getStatus().isKnown()) {
            return SignatureLevel.PAdES_BASELINE_T;
        }
        if (status.getStatus().isRevoked()) {
            throw new UserInputException(null, "result.sign.revoked", subject(certificate),
                    day(status.getRevocationDate()));
        }
        return SignatureLevel.PAdES_BASELINE_LT;
    }

    private RevocationToken<?> status(CertificateToken certificate, CertificateToken issuer) {
        RevocationToken<?> fromOcsp = ocsp.getRevocationToken(certificate, issuer);
        return fromOcsp != null ? fromOcsp : crl.getRevocationToken(certificate, issuer);
    }

    private CommonCertificateVerifier verifier(List<CertificateToken> chain) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setOcspSource(ocsp);
        verifier.setCrlSource(crl);
        verifier.setAIASource(new DefaultAIASource(loader));
        verifier.setTrustedCertSources(roots.current());
        CommonCertificateSource adjunct = new CommonCertificateSource();
        chain.forEach(adjunct::addCertificate);
        verifier.setAdjunctCertSources(adjunct);
        verifier.setAlertOnRevokedCertificate(new ExceptionOnStatusAlert());
        verifier.setAlertOnExpiredCertificate(new ExceptionOnStatusAlert());
        // Revocation answered within the same second as the timestamp cannot be "after" it to the second.
        verifier.setAlertOnNoRevocationAfterBestSignatureTime(new SilentOnStatusAlert());
        return verifier;
    }

    private static String subject(CertificateToken certificate) {
        return certificate.getSubject().getPrettyPrintRFC2253();
    }

    private static String day(Date date) {
        return DAY.format(date.toInstant().atZone(VIETNAM));
    }

    private static byte[] bytes(DSSDocument signed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            signed.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
