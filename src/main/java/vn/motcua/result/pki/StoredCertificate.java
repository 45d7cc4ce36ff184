package vn.motcua.result.pki;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import vn.motcua.result.CertificateRole;
import vn.motcua.result.CertificateSummary;
import vn.motcua.result.RevocationReason;

/**
 * A row of {@code pki_certificate}: the certificate and its encrypted private key.
 *
 * @param issuerSerial the issuing certificate's serial; null for the root
 */
public record StoredCertificate(CertificateRole role, String holder, BigInteger issuerSerial,
        X509Certificate certificate, byte[] encryptedKey, Instant revokedAt, RevocationReason reason) {

    public BigInteger serial() {
        return certificate.getSerialNumber();
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public CertificateSummary summary() {
        return new CertificateSummary(serial().toString(16).toUpperCase(java.util.Locale.ROOT), role, holder,
                certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName(),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), revokedAt, reason);
    }
}
