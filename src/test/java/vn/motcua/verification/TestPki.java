package vn.motcua.verification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small PKI for the tests, made here with Bouncy Castle: a root, a CA below it, a TSA, and signers —
 * good, revoked, expired, one whose revocation service is unreachable — plus a stranger root nobody trusts.
 * Certificates carry the CRL and CA-issuer addresses of a tiny HTTP server on the loopback, which serves
 * the CRLs (made on each request, so they are always fresh) and the CA's certificate, as a real CA would.
 */
public final class TestPki implements AutoCloseable {

    private static final Duration YEAR = Duration.ofDays(365);

    private final HttpServer server;
    private final String base;
    private final AtomicLong serials = new AtomicLong(System.currentTimeMillis());
    private final Map<BigInteger, Instant> revokedByCa = new ConcurrentHashMap<>();

    public final Issued root;
    public final Issued ca;
    public final Issued tsa;
    public final Issued stranger;

    public TestPki(Instant now) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            base = "http://127.0.0.1:" + server.getAddress().getPort();
            root = selfSigned("CN=Motcua Test Root,O=Motcua Test,C=VN", now);
            ca = issue(root, "CN=Motcua Test CA,O=Motcua Test,C=VN", now.minus(YEAR), now.plus(YEAR.multipliedBy(5)),
                    true, base + "/root.crl", null);
            tsa = issue(ca, "CN=Motcua Test TSA,O=Motcua Test,C=VN", now.minus(YEAR), now.plus(YEAR), false,
                    base + "/ca.crl", KeyPurposeId.id_kp_timeStamping);
            stranger = selfSigned("CN=Stranger Root,O=Nobody,C=VN", now);
            server.createContext("/root.crl", exchange -> serve(exchange, crl(root, Map.of(), Instant.now())));
            server.createContext("/ca.crl", exchange -> serve(exchange, crl(ca, revokedByCa, Instant.now())));
            byte[] caCertificate = ca.certificate().getEncoded();
            server.createContext("/ca.crt", exchange -> serve(exchange, caCertificate));
            server.start();
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestPki shared;

    /**
     * One PKI for every test class of the run (keys take time to make), made at the real time, its root
     * put into the trusted directory the tests' configuration names.
     */
    public static synchronized TestPki shared() {
        if (shared == null) {
            shared = new TestPki(Instant.now());
            shared.trustRootIn(Path.of("target/test-pki/trusted"));
        }
        return shared;
    }

    /** A signer certificate from the CA, valid a year around {@code now}. */
    public Issued signer(String commonName, String organization, Instant now) {
        return signer(commonName, organization, now.minus(YEAR), now.plus(YEAR), base + "/ca.crl");
    }

    /** A signer certificate from the CA, valid from {@code notBefore} to {@code notAfter}, its CRL at {@code crl}. */
    public Issued signer(String commonName, String organization, Instant notBefore, Instant notAfter, String crl) {
        try {
            return issue(ca, "CN=" + commonName + ",O=" + organization + ",C=VN", notBefore, notAfter, false, crl,
                    null);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signer from the stranger root, which no trusted directory holds. */
    public Issued strangerSigner(String commonName, Instant now) {
        try {
            return issue(stranger, "CN=" + commonName + ",O=Nobody,C=VN", now.minus(YEAR), now.plus(YEAR), false,
                    base + "/stranger.crl", null);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CA's CRL lists this certificate from {@code at} on. */
    public void revoke(Issued certificate, Instant at) {
        revokedByCa.put(certificate.certificate().getSerialNumber(), at);
    }

    /** The address of the CA's CRL. */
    public String caCrl() {
        return base + "/ca.crl";
    }

    /** The address of a CRL nobody answers. */
    public static String unreachableCrl() {
        return "http://127.0.0.1:9/nothing.crl";
    }

    /** Puts the root into the trusted directory as an administrator would: a PEM file. */
    public void trustRootIn(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("motcua-test-root-" + root.certificate().getSerialNumber() + ".pem"), pem(root.certificate()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(X509Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private Issued selfSigned(String name, Instant now)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPair keys = keys();
        X500Name subject = new X500Name(name);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(), Date.from(now.minus(YEAR)),
                Date.from(now.plus(YEAR.multipliedBy(10))), subject, keys.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
        return new Issued(certificate(builder, keys.getPrivate()), keys.getPrivate(), List.of());
    }

    private Issued issue(Issued issuer, String name, Instant notBefore, Instant notAfter, boolean isCa, String crl,
            KeyPurposeId purpose) throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPair keys = keys();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial(),
                Date.from(notBefore), Date.from(notAfter), new X500Name(name), keys.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(isCa ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                ext.createAuthorityKeyIdentifier(issuer.certificate()));
        GeneralName crlName = new GeneralName(GeneralName.uniformResourceIdentifier, crl);
        builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(new DistributionPointName(new GeneralNames(crlName)), null, null)}));
        if (!isCa) {
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                    new AccessDescription(X509ObjectIdentifiers.id_ad_caIssuers,
                            new GeneralName(GeneralName.uniformResourceIdentifier, base + "/ca.crt"))));
        }
        if (purpose != null) {
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(purpose));
        }
        List<X509Certificate> chain = new java.util.ArrayList<>();
        chain.add(issuer.certificate());
        chain.addAll(issuer.chain());
        return new Issued(certificate(builder, issuer.key()), keys.getPrivate(), List.copyOf(chain));
    }

    private byte[] crl(Issued issuer, Map<BigInteger, Instant> revoked, Instant now) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()), Date.from(now.minusSeconds(60)));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            revoked.forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.keyCompromise));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
            X509CRLHolder holder = builder.build(signer(issuer.key()));
            return holder.getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void serve(com.sun.net.httpserver.HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private BigInteger serial() {
        return BigInteger.valueOf(serials.incrementAndGet());
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder("SHA256withRSA").build(key);
    }

    private static X509Certificate certificate(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(issuerKey)));
    }

    /**
     * A certificate with its private key and the chain above it (issuer first, root last; empty for a root).
     */
    public record Issued(X509Certificate certificate, PrivateKey key, List<X509Certificate> chain) {
    }
}
