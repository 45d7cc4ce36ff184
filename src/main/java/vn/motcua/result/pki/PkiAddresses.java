package vn.motcua.result.pki;

import java.math.BigInteger;

/**
 * Where the application serves the PKI, under {@code {public url}/pki/}: named in every certificate so
 * that any validator fetches revocation data and issuers over HTTP. The CA's own files carry short
 * names ({@code root.crt}, {@code ca.crl}) by role; others by serial.
 *
 * @param base the public address the PKI was made under, e.g. {@code https://dichvucong.example.gov.vn}
 */
public record PkiAddresses(String base) {

    public static final String PREFIX = "/pki/";
    public static final String OCSP = PREFIX + "ocsp";
    public static final String TSA = PREFIX + "tsa";

    public String ocsp() {
        return base + OCSP;
    }

    /** The certificate with this serial ({@code .crt}, DER). */
    public String certificate(BigInteger serial) {
        return base + PREFIX + "certificates/" + serial.toString(16) + ".crt";
    }

    /** The CRL of the CA with this serial (DER). */
    public String crl(BigInteger caSerial) {
        return base + PREFIX + "crl/" + caSerial.toString(16) + ".crl";
    }
}
