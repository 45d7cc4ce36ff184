package vn.motcua.result.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.motcua.result.CertificateRole;

/**
 * Makes the demo PKI's certificates with Bouncy Castle: ECDSA P-256 keys (fast to make and to sign
 * with, accepted by every PDF validator), SHA-256 signatures, and in every certificate below the root
 * where its issuer's CRL, OCSP responder and certificate are served.
 */
final class CertificateMaker {

    static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateMaker() {
    }

    /** The issuer's side of a new certificate: its certificate, key and the addresses it serves. */
    record Issuer(X509Certificate certificate, PrivateKey key, PkiAddresses addresses) {
    }

    /** A new key and its certificate. */
    record Made(KeyPair keys, X509Certificate certificate) {
    }

    static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed root. */
    static Made root(X500Name subject, Instant from, Instant until) {
        KeyPair keys = keys();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(), Date.from(from),
                    Date.from(until), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            return new Made(keys, sign(builder, keys.getPrivate()));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate for {@code role} issued by {@code issuer}, with its revocation and issuer addresses. */
    static Made issue(Issuer issuer, CertificateRole role, X500Name subject, Instant from, Instant until) {
        KeyPair keys = keys();
        Instant notAfter = until.isAfter(issuer.certificate().getNotAfter().toInstant())
                ? issuer.certificate().getNotAfter().toInstant() : until;
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            BigInteger issuerSerial = issuer.certificate().getSerialNumber();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial(),
                    Date.from(from), Date.from(notAfter), subject, keys.getPublic())
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            ext.createAuthorityKeyIdentifier(issuer.certificate()))
                    .addExtension(Extension.cRLDistributionPoints, false, crlPoint(issuer.addresses().crl(issuerSerial)))
                    .addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                            new AccessDescription[] {
                                new AccessDescription(AccessDescription.id_ad_ocsp, uri(issuer.addresses().ocsp())),
                                new AccessDescription(AccessDescription.id_ad_caIssuers,
                                        uri(issuer.addresses().certificate(issuerSerial)))}));
            switch (role) {
                case CA -> builder
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                case TSA -> builder
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                        .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                case UNIT_SEAL, PERSONAL -> builder
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                        .addExtension(Extension.keyUsage, true,
                                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                case ROOT -> throw new IllegalArgumentException("A root is self-signed: use root()");
            }
            return new Made(keys, sign(builder, issuer.key()));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ContentSigner signer(PrivateKey key) {
        try {
            return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random positive 127-bit serial, as CAs do so that serials cannot be guessed. */
    static BigInteger serial() {
        return new BigInteger(127, RANDOM).setBit(120);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(key)));
    }

    private static CRLDistPoint crlPoint(String url) {
        return new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(
                new DistributionPointName(new GeneralNames(uri(url))), null, null)});
    }

    private static GeneralName uri(String url) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, url);
    }
}
