package vn.motcua.result.pki;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.result.CertificateRole;

/**
 * The demo PKI (hạ tầng khóa công khai thử nghiệm): a root, a "government CA" under it, a timestamp
 * authority, and on first need a seal per unit and a personal certificate per leader, each kept with
 * its encrypted key. Made once, on the first start (the root, CA and TSA) or the first signature (the
 * others), and never again: a second node waits on the lock and finds them made. Every name says
 * "DEMO — không có giá trị pháp lý". The root is written to the trusted roots directory on every start.
 */
@Component
public class DemoPki {

    /** The mark every subject carries: these certificates have no legal value. */
    public static final String DEMO = "DEMO — không có giá trị pháp lý";
    private static final String ADDRESS = "public-url";
    private static final Duration ROOT_LIFE = Duration.ofDays(20 * 365);
    private static final Duration CA_LIFE = Duration.ofDays(10 * 365);
    private static final Duration TSA_LIFE = Duration.ofDays(5 * 365);
    private static final Duration HOLDER_LIFE = Duration.ofDays(3 * 365);
    /**
     * The demo root is valid from this long before it is made, and all it issues from the same start: the demo's generated history
     * (and tests that set the clock back) sign results at past dates.
     */
    private static final Duration BACKDATED = Duration.ofDays(2 * 365);

    private final PkiStore store;
    private final KeyVault vault;
    private final PkiSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ListeningAddress listeningAddress;
    /** Decrypted keys by serial: PBKDF2 is slow on purpose, a signature must not wait on it. */
    private final Map<java.math.BigInteger, PrivateKey> keys = new ConcurrentHashMap<>();
    private volatile PkiAddresses addresses;

    DemoPki(PkiStore store, KeyVault vault, PkiSettings settings, TransactionTemplate transactions, Clock clock,
            ListeningAddress listeningAddress) {
        this.store = store;
        this.vault = vault;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
        this.listeningAddress = listeningAddress;
    }

    /** Makes the root, CA and TSA unless they exist, and puts the root among the trusted ones. */
    public void start() {
        transactions.executeWithoutResult(status -> {
            store.lock();
            if (store.current(CertificateRole.ROOT, null).isEmpty()) {
                makeAuthorities();
            }
        });
        trust(root().certificate());
    }

    public StoredCertificate root() {
        return own(CertificateRole.ROOT);
    }

    public StoredCertificate ca() {
        return own(CertificateRole.CA);
    }

    public StoredCertificate tsa() {
        return own(CertificateRole.TSA);
    }

    /** Where this PKI's certificates say it is served, fixed when it was made. */
    public PkiAddresses addresses() {
        PkiAddresses known = addresses;
        if (known == null) {
            known = new PkiAddresses(store.setting(ADDRESS).orElseGet(listeningAddress::url));
            addresses = known;
        }
        return known;
    }

    /**
     * The holder's current certificate, made now if it has none. A revoked or expired one is answered as
     * it is: whoever signs refuses it, and an administrator decides what comes next.
     *
     * @param subjectName the name it is made for: the unit's name, or the officer's full name
     * @param organization the unit the holder belongs to
     */
    public StoredCertificate holder(CertificateRole role, String holder, String subjectName, String organization) {
        if (store.current(CertificateRole.ROOT, null).isEmpty()) {
            start();
        }
        return store.current(role, holder).orElseGet(() -> transactions.execute(status -> {
            store.lock();
            return store.current(role, holder).orElseGet(() -> make(role, holder,
                    name(subjectName + " (" + DEMO + ")", organization), HOLDER_LIFE));
        }));
    }

    /**
     * A new certificate for the holder of {@code old} (a unit's seal or a leader's), with the same subject:
     * after a revocation or near the expiry, the administrator's decision. The old one stays as it is.
     */
    public StoredCertificate reissue(StoredCertificate old) {
        if (old.holder() == null) {
            throw new IllegalArgumentException("Only a unit's or an officer's certificate is reissued");
        }
        return transactions.execute(status -> {
            store.lock();
            return make(old.role(), old.holder(),
                    X500Name.getInstance(old.certificate().getSubjectX500Principal().getEncoded()), HOLDER_LIFE);
        });
    }

    /** The DER of this PKI's certificate with this serial, as its issuers' AIA names it. */
    public java.util.Optional<byte[]> certificate(java.math.BigInteger serial) {
        return store.find(serial).map(c -> {
            try {
                return c.certificate().getEncoded();
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The certificate's private key, decrypted once. */
    public PrivateKey key(StoredCertificate certificate) {
        return keys.computeIfAbsent(certificate.serial(), serial -> vault.decrypt(certificate.encryptedKey()));
    }

    /** The chain from the certificate up to the root, the certificate first. */
    public List<X509Certificate> chain(StoredCertificate certificate) {
        List<X509Certificate> chain = new java.util.ArrayList<>();
        StoredCertificate current = certificate;
        while (current != null) {
            chain.add(current.certificate());
            current = current.issuerSerial() == null ? null : store.find(current.issuerSerial()).orElseThrow();
        }
        return chain;
    }

    /** The root as PEM, as {@code /pki/root.crt} offers it and the trusted roots directory keeps it. */
    public static String pem(X509Certificate certificate) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void makeAuthorities() {
        String base = listeningAddress.url();
        store.setting(ADDRESS, base);
        addresses = new PkiAddresses(base);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        CertificateMaker.Made root = CertificateMaker.root(
                name("RootCA chuyên dùng Chính phủ G2 (" + DEMO + ")", "Motcua " + DEMO), now.minus(BACKDATED),
                now.plus(ROOT_LIFE));
        keep(CertificateRole.ROOT, null, null, root);
        make(CertificateRole.CA, null, name("CA phục vụ các cơ quan Nhà nước G2 (" + DEMO + ")", "Motcua " + DEMO),
                CA_LIFE);
        make(CertificateRole.TSA, null, name("Dịch vụ cấp dấu thời gian Motcua (" + DEMO + ")", "Motcua " + DEMO),
                TSA_LIFE);
    }

    /**
     * A certificate issued by the CA (or, for the CA, by the root), valid from its issuer's start: a seal made
     * on first use at a later (or test-set) time still signs the demo's earlier dates. It never outlives its
     * issuer.
     */
    private StoredCertificate make(CertificateRole role, String holder, X500Name subject, Duration life) {
        StoredCertificate issuer = role == CertificateRole.CA ? root() : ca();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant issuerEnd = issuer.certificate().getNotAfter().toInstant();
        Instant end = now.plus(life).isAfter(issuerEnd) ? issuerEnd : now.plus(life);
        CertificateMaker.Made made = CertificateMaker.issue(
                new CertificateMaker.Issuer(issuer.certificate(), key(issuer), addresses()), role, subject,
                issuer.certificate().getNotBefore().toInstant(), end);
        return keep(role, holder, issuer.serial(), made);
    }

    private StoredCertificate keep(CertificateRole role, String holder, java.math.BigInteger issuer,
            CertificateMaker.Made made) {
        StoredCertificate stored = new StoredCertificate(role, holder, issuer, made.certificate(),
                vault.encrypt(made.keys().getPrivate()), null, null);
        store.insert(stored, clock.instant());
        keys.put(stored.serial(), made.keys().getPrivate());
        return stored;
    }

    private StoredCertificate own(CertificateRole role) {
        return store.current(role, null)
                .orElseThrow(() -> new IllegalStateException("The demo PKI is not made yet: no " + role));
    }

    private void trust(X509Certificate root) {
        Path file = settings.trustedRootsDir().resolve("motcua-demo-root.crt");
        try {
            Files.createDirectories(settings.trustedRootsDir());
            Files.writeString(file, pem(root));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo root to " + file, e);
        }
    }

    private static X500Name name(String commonName, String organization) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, organization)
                .addRDN(BCStyle.OU, DEMO)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }
}
