package vn.motcua.result.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import java.util.List;

/** A key that signs: the demo PKI's, a PKCS#12 file's or a PKCS#11 token's. */
public interface SigningKey {

    /** The signer's certificate. */
    CertificateToken certificate();

    /** The certificate and the CAs above it, as far as the key's holder knows them. */
    List<CertificateToken> chain();

    /** Signs what DSS prepared. */
    SignatureValue sign(ToBeSigned data, DigestAlgorithm digest);
}
