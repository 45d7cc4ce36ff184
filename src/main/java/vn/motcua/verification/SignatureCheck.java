package vn.motcua.verification;

import java.time.Instant;

/**
 * One signature of a file, as validated.
 *
 * @param signer the signing certificate's common name (the person or the seal)
 * @param organization the certificate's organisation, null when it names none
 * @param signedAt when it was signed: the timestamp's time when it has one, else the time the signer claims
 * @param level the PAdES baseline level DSS recognised: {@code B-B}, {@code B-T}, {@code B-LT}, {@code B-LTA};
 *     another format keeps DSS's name (e.g. {@code PKCS7-B})
 * @param intact the signed bytes are unchanged and its cryptography holds
 * @param trusted the certificate chains up to a trusted root
 * @param revoked a certificate of the chain was revoked
 * @param finding the verdict on this signature
 */
public record SignatureCheck(String signer, String organization, Instant signedAt, String level, boolean intact,
        boolean trusted, boolean revoked, Finding finding) {

    public boolean valid() {
        return finding == Finding.VALID;
    }
}
