package vn.motcua.result.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.List;

/** A demo PKI key, held decrypted in memory. */
record DemoSigningKey(CertificateToken certificate, List<CertificateToken> chain, PrivateKey key)
        implements SigningKey {

    @Override
    public SignatureValue sign(ToBeSigned data, DigestAlgorithm digest) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(
                eu.europa.esig.dss.enumerations.EncryptionAlgorithm.forKey(key), digest);
        try {
            Signature signature = Signature.getInstance(algorithm.getJCEId());
            signature.initSign(key);
            signature.update(data.getBytes());
            return new SignatureValue(algorithm, signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The demo key cannot sign", e);
        }
    }
}
