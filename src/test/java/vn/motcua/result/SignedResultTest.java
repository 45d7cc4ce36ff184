package vn.motcua.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.UserInputException;

/**
 * A dossier walked to an electronic return with a sealed result: marking done places the result code
 * and the QR code of its verification page on the page, then the competent unit's seal (PAdES B-LT,
 * valid to the demo root for DSS), records it and publishes {@link ResultIssued}; a revoked seal
 * refuses marking done and leaves nothing behind.
 */
@MotcuaIntegrationTest
@RecordApplicationEvents
class SignedResultTest {

    @Autowired
    DossierFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    ResultDocuments results;
    @Autowired
    FileStore files;
    @Autowired
    UnitDirectory units;
    @Autowired
    ApplicantDocuments documents;
    @Autowired
    Certificates certificates;
    @Autowired
    ApplicationEvents events;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anElectronicResultIsStampedSealedRecordedAndReturned() throws Exception {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        DossierView d = fixtures.toResultStep(fixtures.receiveNotaryCard("011090007001", "Vì Thị Ký",
                ReturnMethod.ELECTRONIC));
        AttachedFile draft = fixtures.stored("vanthu.tuphap", "the-cong-chung-vien.pdf",
                documents.render(SampleDocuments.receipt(), Locale.forLanguageTag("vi")));
        clock.setLocal(LocalDateTime.parse("2026-03-05T09:00"));

        DossierView done = fixtures.act("vanthu.tuphap", d, new DossierCommand.MarkDone("Số 21/TCCV", List.of(draft)));

        String code = d.code() + "-KQ1";
        ResultDocument result = results.of(done).getFirst();
        assertThat(result.code()).isEqualTo(code);
        byte[] sealed = read(result.file());
        String unitName = units.get(d.competentUnit()).name();
        SimpleReport report = validate(sealed);
        String id = report.getFirstSignatureId();
        assertThat(report.getSignaturesCount()).isEqualTo(1);
        assertThat(report.getIndication(id)).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        assertThat(report.getSignedBy(id)).contains(unitName);
        try (PDDocument pdf = Loader.loadPDF(sealed)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Mã kết quả: " + code);
            java.awt.image.BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
            // The stamp's corner only: the paper has a QR code of its own (its tracking page) at the top.
            int corner = page.getHeight() / 6;
            assertThat(QrCodes.decode(page.getSubimage(0, page.getHeight() - corner, page.getWidth() / 2, corner)))
                    .isEqualTo("http://localhost:" + port + "/verify/" + code);
        }
        assertThat(events.stream(ResultIssued.class).filter(e -> e.resultCode().equals(code))).singleElement()
                .satisfies(e -> {
                    assertThat(e.dossierCode()).isEqualTo(d.code());
                    assertThat(e.procedureCode()).isEqualTo("1.013859");
                    assertThat(e.ownerId()).isEqualTo("011090007001");
                    assertThat(e.file()).isEqualTo(result.file());
                    assertThat(e.validUntil()).isNull();
                });

        DossierView returned = fixtures.act("tiepnhan", done, new DossierCommand.ReturnResult(ReturnMethod.ELECTRONIC,
                null));
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedAsAnElectronicResult() {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        DossierView d = fixtures.toResultStep(fixtures.receiveNotaryCard("011090007002", "Lò Văn Ảnh",
                ReturnMethod.ELECTRONIC));
        AttachedFile png = fixtures.stored("vanthu.tuphap", "ket-qua.png", pngBytes());

        assertThatThrownBy(() -> fixtures.act("vanthu.tuphap", d, new DossierCommand.MarkDone(null, List.of(png))))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::messageKey).containsExactly("result.file.notPdf"));
    }

    private byte[] read(AttachedFile file) throws IOException {
        try (InputStream in = files.open(file.sha256())) {
            return in.readAllBytes();
        }
    }

    private static SimpleReport validate(byte[] pdf) throws IOException {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        try (InputStream root = Files.newInputStream(Path.of("target/test-pki/trusted/motcua-demo-root.crt"))) {
            trusted.addCertificate(DSSUtils.loadCertificate(root));
        }
        verifier.setTrustedCertSources(trusted);
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        validator.setLocale(Locale.ENGLISH);
        return validator.validateDocument().getSimpleReport();
    }

    private static byte[] pngBytes() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
