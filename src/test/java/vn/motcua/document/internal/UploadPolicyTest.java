package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.document.internal.Samples.EXE;
import static vn.motcua.document.internal.Samples.GIF;
import static vn.motcua.document.internal.Samples.JPEG;
import static vn.motcua.document.internal.Samples.PDF;
import static vn.motcua.document.internal.Samples.PNG;
import static vn.motcua.document.internal.Samples.TIFF;
import static vn.motcua.document.internal.Samples.ZIP;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;
import vn.motcua.document.UploadRules;
import vn.motcua.platform.UserInputException;
import vn.motcua.platform.UserInputException.Problem;

class UploadPolicyTest {

    private static final UploadRules RULES = UploadRules.defaults();
    private static final long MB = DataSize.ofMegabytes(1).toBytes();

    static Stream<Arguments> uploads() {
        return Stream.of(
                // name, bytes, declared size, refusal (null: accepted), its arguments
                Arguments.of("giay-khai-sinh.pdf", PDF, PDF.length, null, null),
                Arguments.of("anh-the.png", PNG, PNG.length, null, null),
                Arguments.of("CCCD-MAT-TRUOC.JPG", JPEG, JPEG.length, null, null),
                Arguments.of("ban-ve.tif", TIFF, -1L, null, null),
                Arguments.of("khong-co-duoi", PDF, PDF.length, null, null),
                Arguments.of("giay-to.pdf", EXE, EXE.length, "document.upload.typeMismatch", "giay-to.pdf, PDF"),
                Arguments.of("anh.jpg", ZIP, ZIP.length, "document.upload.typeMismatch", "anh.jpg, JPEG"),
                Arguments.of("anh.png", JPEG, JPEG.length, "document.upload.typeMismatch", "anh.png, PNG"),
                Arguments.of("chuong-trinh.exe", EXE, EXE.length, "document.upload.typeNotAllowed",
                        "PDF, JPEG, PNG, TIFF"),
                Arguments.of("dong.gif", GIF, GIF.length, "document.upload.typeNotAllowed", "PDF, JPEG, PNG, TIFF"),
                Arguments.of("trong.pdf", new byte[0], 0L, "document.upload.empty", ""),
                Arguments.of("trong-nhung-khai-10.pdf", new byte[0], 10L, "document.upload.empty", ""),
                Arguments.of("trong-khong-khai.pdf", new byte[0], -1L, "document.upload.empty", ""),
                Arguments.of("khai-qua-lon.pdf", PDF, 21 * MB, "document.upload.tooLarge", "20.0"));
    }

    @ParameterizedTest(name = "{0}, declared {2} bytes → {3}")
    @MethodSource("uploads")
    void refusesWhatIsNotAScanOrPhotoOrLiesAboutItself(String name, byte[] bytes, long declared, String refusal,
            String arguments) throws IOException {
        if (refusal == null) {
            assertThat(UploadPolicy.admit("file", name, declared, new ByteArrayInputStream(bytes), RULES)
                    .readAllBytes()).as("the store reads every byte, the checked head too").isEqualTo(bytes);
        } else {
            Problem problem = refusal(() -> UploadPolicy.admit("file", name, declared,
                    new ByteArrayInputStream(bytes), RULES));
            assertThat(problem.field()).isEqualTo("file");
            assertThat(problem.messageKey()).isEqualTo(refusal);
            assertThat(String.join(", ", Stream.of(problem.arguments()).map(String::valueOf).toList()))
                    .isEqualTo(arguments);
        }
    }

    @Test
    void aDeclared200MegabyteUploadIsRefusedWithoutReadingAByte() {
        Samples.CountingStream upload = Samples.generated(PDF, 200 * MB);

        assertThat(refusal(() -> UploadPolicy.admit("file", "to.pdf", 200 * MB, upload, RULES)).messageKey())
                .isEqualTo("document.upload.tooLarge");
        assertThat(upload.read).isZero();
    }

    @Test
    void aStreamLongerThanDeclaredIsStoppedJustPastTheLimit() {
        Samples.CountingStream upload = Samples.generated(PDF, 200 * MB);
        InputStream admitted = UploadPolicy.admit("file", "nho.pdf", 1024, upload, RULES);

        assertThat(refusal(() -> admitted.transferTo(OutputStream.nullOutputStream())).messageKey())
                .isEqualTo("document.upload.tooLarge");
        assertThat(upload.read).isBetween(20 * MB, 21 * MB);
    }

    @Test
    void aComponentMayAllowMoreTypesAndNamesRefineWhatTheBytesShow() throws IOException {
        UploadRules withWord = RULES.allowing("image/gif",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        assertThat(UploadPolicy.admit("file", "dong.gif", GIF.length, new ByteArrayInputStream(GIF), withWord)
                .readAllBytes()).isEqualTo(GIF);
        assertThat(UploadPolicy.admit("file", "don.docx", ZIP.length, new ByteArrayInputStream(ZIP), withWord)
                .readAllBytes()).as("a .docx is a ZIP inside").isEqualTo(ZIP);
        assertThat(refusal(() -> UploadPolicy.admit("file", "nen.zip", ZIP.length, new ByteArrayInputStream(ZIP),
                withWord)).arguments()).containsExactly("PDF, JPEG, PNG, TIFF, GIF, DOCX");
    }

    @Test
    void aSmallerLimitIsShownInTheRefusal() {
        UploadRules small = RULES.limitedTo(DataSize.ofKilobytes(512));

        assertThat(refusal(() -> UploadPolicy.admit("scan", "to.pdf", MB, new ByteArrayInputStream(PDF), small))
                .arguments()).containsExactly(0.5);
    }

    private static Problem refusal(ThrowingCall call) {
        try {
            call.run();
        } catch (UserInputException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().getFirst();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("The upload was not refused");
    }

    private interface ThrowingCall {
        void run() throws IOException;
    }
}
