package vn.motcua.result;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The province's trust anchors (chứng thư gốc tin cậy), for signing and verifying alike: every {@code *.crt} / {@code *.pem} file (DER or PEM, one or more certificates) in
 * {@code motcua.pki.trusted-roots-dir}. Kept until the directory's listing (names, sizes, times) changes,
 * so a root dropped there counts from the next validation. A file that is not a certificate is logged and
 * skipped: one bad file must not take every root's trust with it.
 */
@Component
public class TrustedRoots {

    private static final Logger LOG = LoggerFactory.getLogger(TrustedRoots.class);

    private final Path directory;
    private final AtomicReference<Snapshot> cache = new AtomicReference<>(
            new Snapshot(List.of(), new CommonTrustedCertificateSource()));

    public TrustedRoots(@Value("${motcua.pki.trusted-roots-dir:${MOTCUA_DATA_DIR:data}/pki/trusted}") Path directory) {
        this.directory = directory;
    }

    /** The anchors as the directory holds them now; callers only read it. */
    public CommonTrustedCertificateSource current() {
        List<String> listing = listing();
        Snapshot snapshot = cache.get();
        if (!snapshot.listing().equals(listing)) {
            snapshot = new Snapshot(listing, load());
            cache.set(snapshot);
        }
        return snapshot.source();
    }

    private List<String> listing() {
        try (Stream<Path> files = certificateFiles()) {
            return files.map(f -> f.getFileName() + ":" + size(f) + ":" + modified(f)).sorted().toList();
        }
    }

    private CommonTrustedCertificateSource load() {
        CommonTrustedCertificateSource source = new CommonTrustedCertificateSource();
        try (Stream<Path> files = certificateFiles()) {
            files.forEach(f -> read(f).forEach(source::addCertificate));
        }
        LOG.info("Trusted roots from {}: {}", directory, source.getNumberOfCertificates());
        return source;
    }

    private Stream<Path> certificateFiles() {
        if (!Files.isDirectory(directory)) {
            return Stream.empty();
        }
        try {
            return Files.list(directory).filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".crt") || name.endsWith(".pem");
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CertificateToken> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(c -> new CertificateToken((X509Certificate) c)).toList();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.warn("Not a certificate, skipped: {} ({})", file, e.getMessage());
            return List.of();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    private record Snapshot(List<String> listing, CommonTrustedCertificateSource source) {
    }
}
