package vn.motcua.load;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.enumerations.Indication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.result.Certificates;
import vn.motcua.result.PersonalSignature;
import vn.motcua.result.UnitSeal;

/**
 * Signing a result (a unit's seal: PAdES with the demo TSA's timestamp and the revocation data, B-LT)
 * and validating one with DSS (one signature; three: the leader's and two seals), p50/p99 after a
 * warm-up, on the demo PKI of a throw-away application. Not part of the test run: {@code bin/signing-benchmark}.
 * The aims (issue 10): signing under 300 ms, validating a one-signature result under 1 s.
 */
public final class SigningBenchmark {

    private static final String UNIT = "000.00.02.H18";
    private static final String LEADER = "lanhdao.tuphap";
    private static final int WARM_UP = 20;
    private static final int SIGNATURES = 200;
    private static final int VALIDATIONS = 50;

    private final UnitSeal seal;
    private final PersonalSignature personal;
    private final String root;

    private SigningBenchmark(ConfigurableApplicationContext app) {
        this.seal = app.getBean(UnitSeal.class);
        this.personal = app.getBean(PersonalSignature.class);
        this.root = app.getBean(Certificates.class).rootPem();
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = BenchmarkApplication.start("signing-benchmark")) {
            new SigningBenchmark(app).run();
        }
    }

    private void run() {
        byte[] page = page();
        Latencies signing = measure(WARM_UP, SIGNATURES, () -> seal.seal(UNIT, page));
        byte[] sealed = seal.seal(UNIT, page);
        byte[] three = seal.seal(UNIT, seal.seal(UNIT, personal.sign(LEADER, page, "Ký duyệt")));
        Latencies validateOne = measure(5, VALIDATIONS, () -> validate(sealed, 1));
        Latencies validateThree = measure(5, VALIDATIONS, () -> validate(three, 3));
        System.out.println("Signing and validating results (ms), " + Runtime.getRuntime().availableProcessors()
                + " cores");
        System.out.println("%-34s %s".formatted("", Latencies.header()));
        System.out.println("%-34s %s".formatted("seal + timestamp (PAdES B-LT)", signing.row()));
        System.out.println("%-34s %s".formatted("validate, one signature", validateOne.row()));
        System.out.println("%-34s %s".formatted("validate, three signatures", validateThree.row()));
        System.out.println("result sizes: one page " + page.length + " B, sealed " + sealed.length + " B, three "
                + three.length + " B");
    }

    private static Latencies measure(int warmUp, int runs, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            latencies.record(System.nanoTime() - start);
        }
        return latencies;
    }

    /** Fails the benchmark when the file is not what it should be: a figure for a broken result means nothing. */
    private Object validate(byte[] pdf, int signatures) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        try (InputStream in = new java.io.ByteArrayInputStream(root.getBytes(StandardCharsets.US_ASCII))) {
            trusted.addCertificate(DSSUtils.loadCertificate(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        verifier.setTrustedCertSources(trusted);
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        var report = validator.validateDocument().getSimpleReport();
        if (report.getSignaturesCount() != signatures || report.getSignatureIdList().stream()
                .anyMatch(id -> report.getIndication(id) != Indication.TOTAL_PASSED)) {
            throw new IllegalStateException("The benchmark's result does not validate");
        }
        return report;
    }

    /** One A4 page of text, the size of a typical result. */
    private static byte[] page() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 770);
                for (int line = 1; line <= 40; line++) {
                    content.showText("Ket qua giai quyet thu tuc hanh chinh - dong " + line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
