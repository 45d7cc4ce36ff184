package vn.motcua.verification;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed PDF checked by validators that are not DSS, trusting only the root, as anyone holding the root
 * certificate could do: Poppler's {@code pdfsig} with an NSS database (the README's command line), and
 * OpenSSL's {@code cms -verify} on each signature taken out of the file (its {@code /Contents}) over the
 * bytes its {@code /ByteRange} covers. {@code bin/test} installs the tools when they are missing; without
 * them this test fails, it never skips.
 */
class IndependentValidatorTest {

    private static TestPki pki;
    private static TestPdfs pdfs;
    private static TestPki.Issued seal;

    @TempDir
    Path work;

    @BeforeAll
    static void pki() {
        pki = TestPki.shared();
        pdfs = new TestPdfs(pki);
        seal = pki.signer("UBND xã Mường Phăng", "UBND xã Mường Phăng", Instant.now());
    }

    @Test
    void openSslAcceptsEachSignatureOfASealedResultWhenToldToTrustTheRoot() throws Exception {
        TestPki.Issued leader = pki.signer("Nguyễn Văn Lãnh Đạo", "UBND xã Mường Phăng", Instant.now());
        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua"), leader, SignatureLevel.PAdES_BASELINE_T, Instant.now());
        byte[] sealed = pdfs.sign(signed, seal, SignatureLevel.PAdES_BASELINE_T, Instant.now());

        List<Result> results = openSslVerify(sealed);

        assertThat(results).hasSize(2).allSatisfy(r -> {
            assertThat(r.exitCode()).as(r.output()).isZero();
            assertThat(r.output()).contains("Verification successful");
        });
    }

    @Test
    void openSslRefusesTheSameResultEditedAfterSigning() throws Exception {
        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua"), seal, SignatureLevel.PAdES_BASELINE_T, Instant.now());

        List<Result> results = openSslVerify(TestPdfs.withOneByteChanged(signed, "612", '7'));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.exitCode()).as(r.output()).isNotZero();
            assertThat(r.output()).doesNotContain("Verification successful");
        });
    }

    @Test
    void popplersPdfsigAcceptsTheSealedResultWithAnNssDatabaseTrustingTheRoot() throws Exception {
        TestPki.Issued leader = pki.signer("Nguyễn Văn Lãnh Đạo", "UBND xã Mường Phăng", Instant.now());
        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua"), leader, SignatureLevel.PAdES_BASELINE_T, Instant.now());
        Path sealed = Files.write(work.resolve("sealed.pdf"),
                pdfs.sign(signed, seal, SignatureLevel.PAdES_BASELINE_T, Instant.now()));
        Path edited = Files.write(work.resolve("edited.pdf"),
                TestPdfs.withOneByteChanged(Files.readAllBytes(sealed), "612", '7'));
        Path root = Files.writeString(work.resolve("root.crt"), TestPki.pem(pki.root.certificate()));
        Path nss = Files.createDirectories(work.resolve("nssdb"));
        // The commands of the README: an empty NSS database that trusts the root, then pdfsig.
        assertThat(run("certutil", "-N", "-d", "sql:" + nss, "--empty-password").exitCode()).isZero();
        assertThat(run("certutil", "-A", "-d", "sql:" + nss, "-n", "motcua-root", "-t", "CT,C,C", "-i", root.toString())
                .exitCode()).isZero();

        Result good = run("pdfsig", "-nssdir", "sql:" + nss, sealed.toString());
        Result bad = run("pdfsig", "-nssdir", "sql:" + nss, edited.toString());

        assertThat(good.output()).as(good.output()).contains("Signature #1", "Signature #2")
                .doesNotContain("Signature #3");
        assertThat(countOf(good.output(), "Signature Validation: Signature is Valid.")).as(good.output()).isEqualTo(2);
        assertThat(countOf(good.output(), "Certificate Validation: Certificate is Trusted.")).as(good.output())
                .isEqualTo(2);
        assertThat(bad.output()).as(bad.output()).contains("Signature Validation: Digest Mismatch.");
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** One OpenSSL run per signature of the file. */
    private List<Result> openSslVerify(byte[] pdf) throws Exception {
        Path root = work.resolve("root.pem");
        Files.writeString(root, TestPki.pem(pki.root.certificate()));
        List<Result> results = new java.util.ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int n = 0;
            for (PDSignature signature : document.getSignatureDictionaries()) {
                Path content = Files.write(work.resolve("signed-" + n + ".bin"), signature.getSignedContent(pdf));
                Path cms = Files.write(work.resolve("signature-" + n + ".der"), signature.getContents(pdf));
                results.add(run("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", cms.toString(),
                        "-content", content.toString(), "-CAfile", root.toString(), "-purpose", "any",
                        "-out", work.resolve("out-" + n).toString()));
                n++;
            }
        }
        return results;
    }

    private Result run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException(command[0] + " is not installed: run the tests with bin/test, which "
                    + "installs it (Debian packages openssl, poppler-utils, libnss3-tools)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
