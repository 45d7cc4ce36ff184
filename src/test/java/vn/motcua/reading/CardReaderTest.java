package vn.motcua.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.UserInputException;
import vn.motcua.reading.internal.TesseractCli;

/**
 * Reading a card image: the QR decoded from a card drawn with a ZXing-encoded QR; the printed fields read by
 * Tesseract (installed by bin/test) when the card has no QR; a Tesseract that is missing (a configured path
 * that does not exist) leaving the QR working and saying why the rest is not read; the limits of the upload.
 */
class CardReaderTest {

    static final CardData CARD = new CardData("011090001234", null, "Lò Văn Páo", LocalDate.of(1990, 3, 12), "Nam",
            "Số 5, phố Võ Nguyên Giáp, phường Điện Biên Phủ, tỉnh Điện Biên", LocalDate.of(2021, 6, 15));

    final CardReader reader = new CardReader(new TesseractCli("tesseract", "vie", Duration.ofSeconds(60)));
    final CardReader withoutTesseract = new CardReader(
            new TesseractCli("/nonexistent/bin/tesseract", "vie", Duration.ofSeconds(60)));

    @Test
    void theQrCodeOfAPhotographedCardGivesEveryFieldExactly() {
        byte[] photo = TestCards.jpeg(TestCards.image(CARD, new TestCards.Look("DejaVu Sans", true, 0.02, 2.5), 1));
        CardReading reading = reader.read("idCard", photo);
        assertThat(reading.source()).isEqualTo(CardSource.QR);
        assertThat(reading.data()).isEqualTo(CARD);
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void aCardWithoutAQrIsReadFromItsPrintedFieldsByOcr() {
        byte[] scan = TestCards.png(TestCards.image(CARD, new TestCards.Look("DejaVu Sans", false, 0, 0), 2));
        CardReading reading = reader.read("idCard", scan);
        assertThat(reading.source()).isEqualTo(CardSource.OCR);
        assertThat(reading.problems()).containsExactly("reading.qr.none");
        assertThat(reading.data().idNumber()).isEqualTo("011090001234");
        assertThat(reading.data().fullName()).isEqualTo("LÒ VĂN PÁO");
        assertThat(reading.data().birthDate()).isEqualTo(LocalDate.of(1990, 3, 12));
        assertThat(reading.data().sex()).isEqualTo("Nam");
        assertThat(reading.data().address()).isEqualTo(CARD.address());
    }

    @Test
    void withoutTesseractTheQrStillWorksAndACardWithoutOneSaysWhy() {
        assertThat(withoutTesseract.ocrStatus().available()).isFalse();
        assertThat(withoutTesseract.ocrStatus().problem()).contains("/nonexistent/bin/tesseract", "tesseract-ocr-vie");
        byte[] withQr = TestCards.png(TestCards.image(CARD, new TestCards.Look("DejaVu Serif", true, 0, 0), 3));
        assertThat(withoutTesseract.read("idCard", withQr).data()).isEqualTo(CARD);

        byte[] withoutQr = TestCards.png(TestCards.image(CARD, new TestCards.Look("DejaVu Serif", false, 0, 0), 4));
        CardReading reading = withoutTesseract.read("idCard", withoutQr);
        assertThat(reading.source()).isEqualTo(CardSource.NONE);
        assertThat(reading.data()).isEqualTo(CardData.none());
        assertThat(reading.problems()).containsExactly("reading.qr.none", "reading.ocr.missing");
    }

    @Test
    void anUploadThatIsNoReadableImageIsRefusedUnderItsField() {
        assertProblem(new byte[0], "reading.card.missing");
        assertProblem("not an image at all".getBytes(StandardCharsets.UTF_8), "reading.scan.type");
        assertProblem("%PDF-1.7 broken".getBytes(StandardCharsets.UTF_8), "reading.scan.damaged");
        assertProblem(new byte[CardReader.MAX_MEGABYTES * 1024 * 1024 + 1], "reading.card.tooLarge");
        byte[] png = TestCards.png(TestCards.page(java.util.List.of("x")));
        assertProblem(java.util.Arrays.copyOf(png, png.length / 2), "reading.scan.damaged");
    }

    @Test
    void aSmallFileClaimingAHugeImageIsRefusedBeforeItIsDecoded() throws Exception {
        BufferedImage huge = new BufferedImage(8000, 6000, BufferedImage.TYPE_BYTE_BINARY);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(huge, "png", out);
        assertThat(out.size()).isLessThan(1024 * 1024);
        assertProblem(out.toByteArray(), "reading.scan.tooLarge");
    }

    private void assertProblem(byte[] content, String key) {
        assertThatThrownBy(() -> reader.read("idCard", content)).isInstanceOfSatisfying(UserInputException.class,
                e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().getFirst().field()).isEqualTo("idCard");
                    assertThat(e.problems().getFirst().messageKey()).isEqualTo(key);
                });
    }
}
