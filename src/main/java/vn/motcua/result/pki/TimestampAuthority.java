package vn.motcua.result.pki;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.springframework.stereotype.Component;

/**
 * The demo PKI's timestamp authority (RFC 3161): answers a {@code TimeStampReq} with a token signed by
 * its own certificate (extended key usage timeStamping, critical), the time from the application's
 * clock. A request it cannot parse, or with a digest it does not accept, gets a rejection, not an error.
 */
@Component
public class TimestampAuthority {

    /** The demo TSA's policy: an arc under the Motcua demo's private enterprise placeholder. */
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1");
    private static final Set<ASN1ObjectIdentifier> DIGESTS = Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384,
            TSPAlgorithms.SHA512, NISTObjectIdentifiers.id_sha3_256);

    private final DemoPki pki;
    private final Clock clock;

    TimestampAuthority(DemoPki pki, Clock clock) {
        this.pki = pki;
        this.clock = clock;
    }

    /** The DER {@code TimeStampResp} to a DER {@code TimeStampReq}. */
    public byte[] answer(byte[] request) {
        try {
            TimeStampResponseGenerator generator = new TimeStampResponseGenerator(tokens(), DIGESTS);
            Date now = Date.from(clock.instant());
            TimeStampRequest req;
            try {
                req = new TimeStampRequest(request);
            } catch (IOException | IllegalArgumentException e) {
                return generator.generateRejectedResponse(new TSPException("not a TimeStampReq", e)).getEncoded();
            }
            // generate() answers a request it must refuse (a digest not accepted) with a rejection.
            return generator.generate(req, CertificateMaker.serial(), now).getEncoded();
        } catch (TSPException | IOException | OperatorCreationException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot answer a timestamp request", e);
        }
    }

    private TimeStampTokenGenerator tokens() throws OperatorCreationException, TSPException,
            CertificateEncodingException {
        StoredCertificate tsa = pki.tsa();
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                        .build(CertificateMaker.signer(pki.key(tsa)), tsa.certificate()),
                new JcaDigestCalculatorProviderBuilder().build().get(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                POLICY);
        tokens.addCertificates(new JcaCertStore(pki.chain(tsa)));
        return tokens;
    }
}
