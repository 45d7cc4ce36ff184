package vn.motcua.result;

import org.bouncycastle.asn1.x509.CRLReason;

/** Why a certificate is revoked (RFC 5280 §5.3.1), as the CRL and OCSP answer it. */
public enum RevocationReason {
    KEY_COMPROMISE(CRLReason.keyCompromise),
    AFFILIATION_CHANGED(CRLReason.affiliationChanged),
    SUPERSEDED(CRLReason.superseded),
    CESSATION_OF_OPERATION(CRLReason.cessationOfOperation),
    UNSPECIFIED(CRLReason.unspecified);

    private final int code;

    RevocationReason(int code) {
        this.code = code;
    }

    /** The reason's code in CRLs and OCSP answers. */
    public int code() {
        return code;
    }
}
