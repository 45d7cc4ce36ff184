package vn.motcua.verification.internal;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import vn.motcua.verification.Finding;
import vn.motcua.verification.SignatureCheck;

/** DSS's reports read as one plain {@link SignatureCheck} per signature. */
final class SignatureFindings {

    private SignatureFindings() {
    }

    static List<SignatureCheck> of(Reports reports) {
        SimpleReport simple = reports.getSimpleReport();
        return reports.getDiagnosticData().getSignatures().stream()
                .sorted(Comparator.comparing(SignatureWrapper::getClaimedSigningTime,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(s -> check(s, simple)).toList();
    }

    private static SignatureCheck check(SignatureWrapper signature, SimpleReport simple) {
        CertificateWrapper certificate = signature.getSigningCertificate();
        boolean intact = signature.isSignatureIntact() && signature.isSignatureValid()
                && signature.getPdfPageDifferenceConcernedPages().isEmpty();
        boolean trusted = certificate != null && signature.isTrustedChain();
        boolean revoked = signature.getCertificateChain().stream().anyMatch(SignatureFindings::revoked);
        Instant signedAt = signedAt(signature);
        Finding finding;
        if (!intact) {
            finding = Finding.MODIFIED;
        } else if (revoked) {
            finding = Finding.REVOKED;
        } else if (!trusted) {
            finding = Finding.UNTRUSTED;
        } else if (simple.getIndication(signature.getId()) == Indication.TOTAL_PASSED) {
            finding = Finding.VALID;
        } else if (expiredWithoutProof(certificate, signature, simple.getValidationTime())) {
            finding = Finding.EXPIRED;
        } else if (signature.getCertificateChain().stream().anyMatch(SignatureFindings::revocationMissing)) {
            finding = Finding.REVOCATION_UNKNOWN;
        } else {
            finding = Finding.FAILED;
        }
        return new SignatureCheck(certificate == null ? null : certificate.getCommonName(),
                certificate == null ? null : certificate.getOrganizationName(), signedAt,
                level(simple.getSignatureFormat(signature.getId())), intact, trusted, revoked, finding);
    }

    /**
     * The certificate had ended when the file was validated, and no valid timestamp proves the signature
     * existed before that end (a CRL no longer lists an expired certificate, so nothing else can).
     */
    private static boolean expiredWithoutProof(CertificateWrapper certificate, SignatureWrapper signature,
            Date validationTime) {
        if (certificate.getNotAfter().after(validationTime)) {
            return false;
        }
        return validTimestamps(signature).noneMatch(t -> t.getProductionTime().before(certificate.getNotAfter()));
    }

    /** A certificate below the trust anchor for which no revocation data could be had. */
    private static boolean revocationMissing(CertificateWrapper certificate) {
        return !certificate.isTrusted() && !certificate.isSelfSigned() && !certificate.isRevocationDataAvailable();
    }

    private static boolean revoked(CertificateWrapper certificate) {
        return certificate.getCertificateRevocationData().stream().anyMatch(r -> r.isRevoked());
    }

    /** The earliest valid signature timestamp proves the time; without one, only the signer's claim is there. */
    private static Instant signedAt(SignatureWrapper signature) {
        Date time = validTimestamps(signature).map(TimestampWrapper::getProductionTime).min(Comparator.naturalOrder())
                .orElse(signature.getClaimedSigningTime());
        return time == null ? null : time.toInstant();
    }

    private static Stream<TimestampWrapper> validTimestamps(SignatureWrapper signature) {
        return signature.getSignatureTimestamps().stream()
                .filter(t -> t.isMessageImprintDataIntact() && t.isSignatureValid());
    }

    /** {@code PAdES-BASELINE-LT} as {@code B-LT}; any other format keeps DSS's name. */
    static String level(SignatureLevel level) {
        if (level == null) {
            return null;
        }
        String name = level.toString();
        int baseline = name.indexOf("BASELINE-");
        return baseline >= 0 ? name.substring(baseline + "BASELINE".length()).replaceFirst("^-", "B-") : name;
    }
}
