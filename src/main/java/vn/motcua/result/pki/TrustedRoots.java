package vn.motcua.result.pki;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The trusted roots: every {@code *.crt} and {@code *.pem} (DER or PEM) in
 * {@code motcua.pki.trusted-roots-dir}. Read at each use, so a root an administrator drops there counts
 * from the next signature on, without a restart.
 */
@Component
public class TrustedRoots {

    private final Path directory;

    TrustedRoots(PkiSettings settings) {
        this.directory = settings.trustedRootsDir();
    }

    public List<CertificateToken> all() {
        List<CertificateToken> roots = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return roots;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.{crt,pem}")) {
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    roots.add(DSSUtils.loadCertificate(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trusted roots in " + directory, e);
        }
        return roots;
    }
}
