package vn.motcua.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.x509.CertificateToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.motcua.platform.UserInputException;
import vn.motcua.result.TrustedRoots;
import vn.motcua.verification.TestPdfs;
import vn.motcua.verification.TestPki;
import vn.motcua.verification.VerificationLimits;

/** The trusted directory as an administrator changes it, and the limits of one upload. */
class TrustedRootsAndLimitsTest {

    @TempDir
    Path directory;

    @Test
    void aRootDroppedIntoTheDirectoryIsTrustedFromTheNextValidationAndABadFileIsSkipped() throws Exception {
        TestPki pki = TestPki.shared();
        TrustedRoots roots = new TrustedRoots(directory);
        CertificateToken root = new CertificateToken(pki.root.certificate());
        assertThat(roots.current().getNumberOfCertificates()).isZero();

        Files.writeString(directory.resolve("garbage.pem"), "not a certificate");
        Files.writeString(directory.resolve("notes.txt"), TestPki.pem(pki.root.certificate()));
        assertThat(roots.current().getNumberOfCertificates()).isZero();

        Files.write(directory.resolve("root.crt"), pki.root.certificate().getEncoded());
        assertThat(roots.current().isTrusted(root)).isTrue();

        Files.delete(directory.resolve("root.crt"));
        assertThat(roots.current().isTrusted(root)).isFalse();
    }

    @Test
    void morePagesOrSignaturesThanTheLimitsAreRefusedBeforeDssRuns() {
        TestPki pki = TestPki.shared();
        TestPdfs pdfs = new TestPdfs(pki);
        TestPki.Issued signer = pki.signer("Nguyễn Văn A", "UBND", Instant.now());
        byte[] twice = pdfs.sign(pdfs.sign(TestPdfs.unsigned("Ket qua"), signer, SignatureLevel.PAdES_BASELINE_B,
                Instant.now()), signer, SignatureLevel.PAdES_BASELINE_B, Instant.now());
        // The refusals come before DSS and before any report is kept: no report store is needed to reach them.
        FileValidation oneSignature = new FileValidation(dss(), null, new VerificationLimits(DataSize.ofMegabytes(1),
                10, 1));
        FileValidation noPage = new FileValidation(dss(), null, new VerificationLimits(DataSize.ofMegabytes(1), 0, 5));

        assertThatThrownBy(() -> oneSignature.validate(twice)).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("file");
                    assertThat(p.messageKey()).isEqualTo("verification.limit.signatures");
                    assertThat(p.arguments()).containsExactly(1);
                }));
        assertThatThrownBy(() -> noPage.validate(twice)).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(
                        p -> assertThat(p.messageKey()).isEqualTo("verification.limit.pages")));
    }

    private DssValidation dss() {
        return new DssValidation(new TrustedRoots(directory), Clock.systemUTC(), Duration.ofSeconds(1));
    }
}
