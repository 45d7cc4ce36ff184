package vn.motcua.result;

import java.time.Instant;

/**
 * One certificate as the administrators' list shows it.
 *
 * @param serial the serial number in hexadecimal, as validators print it
 * @param role what it is for
 * @param holder the unit's code or the officer's username; null for the PKI's own certificates
 * @param subject who holds it (the subject's distinguished name)
 * @param issuer who issued it
 * @param notBefore valid from
 * @param notAfter valid until
 * @param revokedAt when it was revoked; null while it is not
 * @param reason why; null while it is not revoked
 */
public record CertificateSummary(String serial, CertificateRole role, String holder, String subject, String issuer,
        Instant notBefore, Instant notAfter, Instant revokedAt, RevocationReason reason) {

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Whether it is out of its validity at {@code now}. */
    public boolean expiredAt(Instant now) {
        return now.isAfter(notAfter) || now.isBefore(notBefore);
    }
}
