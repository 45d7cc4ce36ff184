package vn.motcua.result;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.platform.NotFoundException;
import vn.motcua.result.pki.DemoPki;
import vn.motcua.result.pki.PkiStore;
import vn.motcua.result.pki.RevocationAuthority;
import vn.motcua.result.pki.StoredCertificate;
import vn.motcua.result.pki.TimestampAuthority;

/**
 * The demo PKI as the outside world and the administrators see it: the root to download, every
 * certificate and CRL by serial, the OCSP responder, the timestamp service, the list of certificates
 * and their revocation. A revocation shows in the next CRL and OCSP answer.
 */
@Service
public class Certificates {

    private final DemoPki pki;
    private final PkiStore store;
    private final RevocationAuthority revocation;
    private final TimestampAuthority tsa;
    private final java.time.Clock clock;

    Certificates(DemoPki pki, PkiStore store, RevocationAuthority revocation, TimestampAuthority tsa,
            java.time.Clock clock) {
        this.pki = pki;
        this.store = store;
        this.revocation = revocation;
        this.tsa = tsa;
        this.clock = clock;
    }

    /** The demo root (PEM), the one to tell a validator to trust. */
    public String rootPem() {
        return DemoPki.pem(pki.root().certificate());
    }

    /** The certificate (DER) with this serial in hexadecimal, as the AIA of those it issued names it. */
    public Optional<byte[]> certificate(String serialHex) {
        return serial(serialHex).flatMap(pki::certificate);
    }

    /** The CRL (DER) of the CA with this serial. */
    public Optional<byte[]> crl(String serialHex) {
        return serial(serialHex).flatMap(revocation::crl);
    }

    /** The OCSP answer (RFC 6960, DER) to a request. */
    public byte[] ocsp(byte[] request) {
        return revocation.ocsp(request);
    }

    /** The timestamp answer (RFC 3161, DER) to a request. */
    public byte[] timestamp(byte[] request) {
        return tsa.answer(request);
    }

    /** Every certificate, oldest first. */
    @Transactional(readOnly = true)
    public List<CertificateSummary> all() {
        return store.all().stream().map(StoredCertificate::summary).toList();
    }

    /**
     * Revokes the certificate: from now on it signs nothing, and the CRL and OCSP say so.
     *
     * @throws NotFoundException when there is no such certificate
     * @throws vn.motcua.platform.UserInputException when it is already revoked
     */
    @Transactional
    public CertificateSummary revoke(String serialHex, RevocationReason reason, String by) {
        BigInteger serial = serial(serialHex).filter(s -> store.find(s).isPresent())
                .orElseThrow(() -> new NotFoundException("pki.certificate.notFound", serialHex));
        if (!store.revoke(serial, clock.instant(), reason, by)) {
            throw new vn.motcua.platform.UserInputException("serial", "pki.certificate.alreadyRevoked", serialHex);
        }
        return store.find(serial).orElseThrow().summary();
    }

    /**
     * Issues a new certificate to the holder of this one (a unit's seal, a leader's), same subject; the
     * holder signs with the new one from now on.
     *
     * @throws NotFoundException when there is no such certificate held by a unit or an officer
     */
    public CertificateSummary reissue(String serialHex) {
        StoredCertificate old = serial(serialHex).flatMap(store::find).filter(c -> c.holder() != null)
                .orElseThrow(() -> new NotFoundException("pki.certificate.notFound", serialHex));
        return pki.reissue(old).summary();
    }

    private static Optional<BigInteger> serial(String hex) {
        if (hex == null || hex.isEmpty() || hex.length() > 40 || !hex.matches("[0-9a-fA-F]+")) {
            return Optional.empty();
        }
        return Optional.of(new BigInteger(hex, 16));
    }
}
