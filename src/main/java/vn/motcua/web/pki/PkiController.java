package vn.motcua.web.pki;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.result.Certificates;

/**
 * The demo PKI over HTTP, public, as the certificates' AIA and CRL distribution points name it:
 * {@code /pki/root.crt} (PEM, to tell a validator to trust), each certificate ({@code .crt}, DER) and
 * CA's CRL ({@code .crl}, DER) by serial, the OCSP responder (RFC 6960: POST, or GET with the request
 * in base64 in the path) and the timestamp service (RFC 3161, POST).
 */
@RestController
public class PkiController {

    /** Wire paths the outside systems post to without a session: no CSRF token to ask for. */
    public static final String OCSP = "/pki/ocsp";
    public static final String TSA = "/pki/tsa";

    private static final MediaType PKIX_CERT = MediaType.parseMediaType("application/pkix-cert");
    private static final MediaType PKIX_CRL = MediaType.parseMediaType("application/pkix-crl");
    private static final MediaType OCSP_RESPONSE = MediaType.parseMediaType("application/ocsp-response");
    private static final MediaType TIMESTAMP_REPLY = MediaType.parseMediaType("application/timestamp-reply");

    private final Certificates certificates;

    PkiController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/pki/root.crt")
    ResponseEntity<byte[]> root() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-pem-file"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"motcua-demo-root.crt\"")
                .body(certificates.rootPem().getBytes(StandardCharsets.US_ASCII));
    }

    @GetMapping("/pki/certificates/{serial}.crt")
    ResponseEntity<byte[]> certificate(@PathVariable String serial) {
        return certificates.certificate(serial).map(der -> ResponseEntity.ok().contentType(PKIX_CERT).body(der))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/pki/crl/{serial}.crl")
    ResponseEntity<byte[]> crl(@PathVariable String serial) {
        return certificates.crl(serial).map(der -> ResponseEntity.ok().contentType(PKIX_CRL)
                .cacheControl(CacheControl.noCache()).body(der))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping(path = OCSP, consumes = "application/ocsp-request")
    ResponseEntity<byte[]> ocsp(@RequestBody byte[] request) {
        return ResponseEntity.ok().contentType(OCSP_RESPONSE).body(certificates.ocsp(request));
    }

    /** RFC 6960 appendix A.1: the DER request, base64 then URL-encoded, as the last path segment. */
    @GetMapping(OCSP + "/{request}")
    ResponseEntity<byte[]> ocspByGet(@PathVariable String request) {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(request);
        } catch (IllegalArgumentException e) {
            der = new byte[0];
        }
        return ocsp(der);
    }

    @PostMapping(path = TSA, consumes = "application/timestamp-query")
    ResponseEntity<byte[]> timestamp(@RequestBody byte[] request) {
        return ResponseEntity.ok().contentType(TIMESTAMP_REPLY).body(certificates.timestamp(request));
    }
}
