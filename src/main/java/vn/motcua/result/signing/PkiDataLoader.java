package vn.motcua.result.signing;

import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.spi.client.http.DataLoader;
import java.math.BigInteger;
import java.util.List;
import vn.motcua.result.pki.DemoPki;
import vn.motcua.result.pki.PkiAddresses;
import vn.motcua.result.pki.RevocationAuthority;
import vn.motcua.result.pki.TimestampAuthority;

/**
 * DSS's HTTP client, except that the demo PKI's own addresses are answered in process: the same bytes
 * its HTTP endpoints serve (CRL, OCSP, TSA, issuer certificates), without a request to itself through
 * the network, which may not even reach the configured public address (a proxy, a port not yet open).
 * Every other address (a real TSA, OCSP or CA) goes over HTTP.
 */
class PkiDataLoader implements DataLoader {

    private static final String CERTIFICATES = "certificates/";
    private static final String CRL = "crl/";

    private final transient DemoPki pki;
    private final transient RevocationAuthority revocation;
    private final transient TimestampAuthority tsa;
    private final CommonsDataLoader http = new CommonsDataLoader();

    PkiDataLoader(DemoPki pki, RevocationAuthority revocation, TimestampAuthority tsa) {
        this.pki = pki;
        this.revocation = revocation;
        this.tsa = tsa;
    }

    @Override
    public byte[] get(String url) {
        String own = pki.addresses().base() + PkiAddresses.PREFIX;
        if (!url.startsWith(own)) {
            return http.get(url);
        }
        String path = url.substring(own.length());
        if (path.startsWith(CRL) && path.endsWith(".crl")) {
            return revocation.crl(serial(path, CRL, ".crl")).orElse(null);
        }
        if (path.startsWith(CERTIFICATES) && path.endsWith(".crt")) {
            return pki.certificate(serial(path, CERTIFICATES, ".crt")).orElse(null);
        }
        return null;
    }

    @Override
    public DataAndUrl get(List<String> urls) {
        for (String url : urls) {
            byte[] data = get(url);
            if (data != null) {
                return new DataAndUrl(url, data);
            }
        }
        return null;
    }

    @Override
    public byte[] post(String url, byte[] content) {
        PkiAddresses own = pki.addresses();
        if (url.equals(own.ocsp())) {
            return revocation.ocsp(content);
        }
        if (url.equals(own.base() + PkiAddresses.TSA)) {
            return tsa.answer(content);
        }
        return http.post(url, content);
    }

    @Override
    public void setContentType(String contentType) {
        http.setContentType(contentType);
    }

    private static BigInteger serial(String path, String prefix, String suffix) {
        return new BigInteger(path.substring(prefix.length(), path.length() - suffix.length()), 16);
    }
}
