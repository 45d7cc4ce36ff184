package vn.motcua.load;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.verification.SignatureVerifier;
import vn.motcua.verification.TestPdfs;
import vn.motcua.verification.TestPki;
import vn.motcua.verification.Verification;

/**
 * Validating a signed result (not part of the test run): a one-signature PDF (the unit's seal, B-T) and a
 * three-signature one (leader B-T, deputy B-T, seal B-LT), each through {@link SignatureVerifier} as the
 * page and the API call it: PDFBox's reading, DSS with the CRLs fetched over HTTP from the test PKI's
 * server on the loopback, and the reports written to PostgreSQL. Prints p50/p95/p99 in milliseconds.
 * Run with {@code bin/verification-benchmark}.
 */
public final class VerificationBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    public static void main(String[] args) {
        System.setProperty("motcua.pki.trusted-roots-dir", "target/verification-benchmark/trusted");
        try (TestPki pki = new TestPki(Instant.now());
                ConfigurableApplicationContext app = BenchmarkApplication.start("verification-benchmark")) {
            pki.trustRootIn(Path.of("target/verification-benchmark/trusted"));
            SignatureVerifier verifier = app.getBean(SignatureVerifier.class);
            TestPdfs pdfs = new TestPdfs(pki);
            Instant now = Instant.now();
            TestPki.Issued seal = pki.signer("UBND xã Mường Phăng", "UBND xã Mường Phăng", now);
            byte[] one = pdfs.sign(TestPdfs.unsigned("Ket qua"), seal, SignatureLevel.PAdES_BASELINE_T, now);
            byte[] leader = pdfs.sign(TestPdfs.unsigned("Ket qua"),
                    pki.signer("Nguyễn Văn Lãnh Đạo", "UBND xã Mường Phăng", now), SignatureLevel.PAdES_BASELINE_T, now);
            byte[] deputy = pdfs.sign(leader, pki.signer("Trần Thị Phó", "UBND xã Mường Phăng", now),
                    SignatureLevel.PAdES_BASELINE_T, now);
            byte[] three = pdfs.sign(deputy, seal, SignatureLevel.PAdES_BASELINE_LT, now);

            System.out.printf("%-32s %s%n", "validation (" + RUNS + " runs)", Latencies.header());
            System.out.printf("%-32s %s%n", "one signature (B-T)", measure(() -> verifier.verify(one), 1).row());
            System.out.printf("%-32s %s%n", "three signatures (B-T,B-T,B-LT)",
                    measure(() -> verifier.verify(three), 3).row());
        }
    }

    private static Latencies measure(Supplier<Verification> validation, int signatures) {
        for (int i = 0; i < WARM_UP; i++) {
            check(validation.get(), signatures);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Verification v = validation.get();
            latencies.record(System.nanoTime() - start);
            check(v, signatures);
        }
        return latencies;
    }

    /** A benchmark of a validation that fails would measure the wrong path. */
    private static void check(Verification v, int signatures) {
        if (!v.valid() || v.signatures().size() != signatures) {
            throw new IllegalStateException("The benchmark's PDF does not validate: " + v);
        }
    }
}
