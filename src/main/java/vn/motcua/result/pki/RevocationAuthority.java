package vn.motcua.result.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;
import vn.motcua.result.CertificateRole;

/**
 * The demo PKI's revocation service: each CA's CRL (RFC 5280) and an OCSP responder (RFC 6960), both
 * made on request from the {@code pki_certificate} rows, so a revocation shows in the next answer.
 * Each CA signs its own CRL and the OCSP answers about what it issued (a CA-signed response, which RFC
 * 6960 §4.2.2.2 allows without a delegated responder).
 */
@Component
public class RevocationAuthority {

    /** How long a CRL or OCSP answer may be cached: revocations show to the others within this time. */
    private static final Duration NEXT_UPDATE = Duration.ofHours(1);

    private final DemoPki pki;
    private final PkiStore store;
    private final Clock clock;

    RevocationAuthority(DemoPki pki, PkiStore store, Clock clock) {
        this.pki = pki;
        this.store = store;
        this.clock = clock;
    }

    /** The CRL (DER) of the CA with this serial; empty when it is no CA of this PKI. */
    public Optional<byte[]> crl(BigInteger caSerial) {
        return store.find(caSerial).filter(c -> c.role() == CertificateRole.ROOT || c.role() == CertificateRole.CA)
                .map(this::crlOf);
    }

    private byte[] crlOf(StoredCertificate ca) {
        Instant now = clock.instant();
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(new JcaX509CertificateHolder(ca.certificate()).getSubject(),
                    Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(NEXT_UPDATE)));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.certificate()));
            // Monotonic as RFC 5280 asks: the time of issue in milliseconds.
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
            for (StoredCertificate revoked : store.revokedBy(ca.serial())) {
                builder.addCRLEntry(revoked.serial(), Date.from(revoked.revokedAt()), revoked.reason().code());
            }
            return builder.build(CertificateMaker.signer(pki.key(ca))).getEncoded();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make the CRL", e);
        }
    }

    /**
     * The OCSP answer (DER {@code OCSPResponse}) to a DER {@code OCSPRequest}: malformed when it does not
     * parse, unauthorized when it asks about certificates of different or unknown issuers, otherwise
     * good, revoked or unknown for each certificate asked about. A nonce is echoed.
     */
    public byte[] ocsp(byte[] request) {
        try {
            OCSPReq req;
            try {
                req = new OCSPReq(request);
            } catch (IOException | RuntimeException e) {
                return refuse(OCSPRespBuilder.MALFORMED_REQUEST);
            }
            Req[] asked = req.getRequestList();
            Optional<StoredCertificate> issuer = asked.length == 0 ? Optional.empty()
                    : issuerOf(asked[0].getCertID());
            if (issuer.isEmpty() || !allFrom(asked, issuer.get())) {
                return refuse(OCSPRespBuilder.UNAUTHORIZED);
            }
            return answer(req, asked, issuer.get());
        } catch (OCSPException | IOException | OperatorCreationException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot answer an OCSP request", e);
        }
    }

    private byte[] answer(OCSPReq req, Req[] asked, StoredCertificate issuer)
            throws OCSPException, IOException, OperatorCreationException, CertificateEncodingException {
        Instant now = clock.instant();
        X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer.certificate());
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
                new org.bouncycastle.cert.ocsp.RespID(issuerHolder.getSubject()));
        for (Req one : asked) {
            builder.addResponse(one.getCertID(), status(one.getCertID(), issuer), Date.from(now),
                    Date.from(now.plus(NEXT_UPDATE)), null);
        }
        Extension nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        X509CertificateHolder[] chain = {issuerHolder};
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL,
                builder.build(CertificateMaker.signer(pki.key(issuer)), chain, Date.from(now))).getEncoded();
    }

    private CertificateStatus status(CertificateID id, StoredCertificate issuer) {
        Optional<StoredCertificate> asked = store.find(id.getSerialNumber())
                .filter(c -> issuer.serial().equals(c.issuerSerial()));
        if (asked.isEmpty()) {
            return new UnknownStatus();
        }
        StoredCertificate c = asked.get();
        return c.revoked() ? new RevokedStatus(Date.from(c.revokedAt()), c.reason().code()) : CertificateStatus.GOOD;
    }

    private Optional<StoredCertificate> issuerOf(CertificateID id) throws OCSPException, OperatorCreationException,
            CertificateEncodingException {
        DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
        for (CertificateRole role : List.of(CertificateRole.CA, CertificateRole.ROOT)) {
            StoredCertificate ca = role == CertificateRole.CA ? pki.ca() : pki.root();
            if (id.matchesIssuer(new JcaX509CertificateHolder(ca.certificate()), digests)) {
                return Optional.of(ca);
            }
        }
        return Optional.empty();
    }

    private boolean allFrom(Req[] asked, StoredCertificate issuer) throws OCSPException, OperatorCreationException,
            CertificateEncodingException {
        DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
        X509CertificateHolder holder = new JcaX509CertificateHolder(issuer.certificate());
        for (Req one : asked) {
            if (!one.getCertID().matchesIssuer(holder, digests)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] refuse(int status) throws OCSPException, IOException {
        return new OCSPRespBuilder().build(status, null).getEncoded();
    }
}
