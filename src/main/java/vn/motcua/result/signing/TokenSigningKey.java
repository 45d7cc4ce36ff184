package vn.motcua.result.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.util.Arrays;
import java.util.List;

/** A real key on a PKCS#12 file or a PKCS#11 token, through DSS's token connection. */
record TokenSigningKey(SignatureTokenConnection token, DSSPrivateKeyEntry entry) implements SigningKey {

    @Override
    public CertificateToken certificate() {
        return entry.getCertificate();
    }

    @Override
    public List<CertificateToken> chain() {
        return Arrays.asList(entry.getCertificateChain());
    }

    @Override
    public SignatureValue sign(ToBeSigned data, DigestAlgorithm digest) {
        return token.sign(data, digest, entry);
    }
}
