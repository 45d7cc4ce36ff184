package vn.motcua.result;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.result.SampleDocuments.APPLICANT;
import static vn.motcua.result.SampleDocuments.CODE;
import static vn.motcua.result.SampleDocuments.OFFICER;
import static vn.motcua.result.SampleDocuments.TRACKING_URL;
import static vn.motcua.result.SampleDocuments.UNIT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;

/**
 * The five papers as the applicant reads them: text taken back out of the PDF, the fonts embedded
 * in it, and the QR code decoded from the rendered page. Each PDF is also left in
 * {@code target/result-documents/} for a human to look at.
 */
@MotcuaIntegrationTest
class ApplicantDocumentsTest {

    private static final Locale VIETNAMESE = Locale.of("vi");
    private static final Path OUTPUT = Path.of("target", "result-documents");

    @Autowired
    ApplicantDocuments documents;

    @ParameterizedTest
    @MethodSource("vn.motcua.result.SampleDocuments#all")
    void everyPaperCarriesTheHeadingTheDossierAndTheSignature(ApplicantDocument document) throws IOException {
        PdfContent pdf = render(document, VIETNAMESE);

        assertThat(pdf.text()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                UNIT, "Mã hồ sơ: " + CODE, "Người nộp hồ sơ: " + APPLICANT, "Số định danh cá nhân/Mã số: 011190004567",
                "Thủ tục đăng ký khai sinh (1.001193)", "(Ký, ghi rõ họ tên)", OFFICER);
        LocalDateTime issued = document.header().issuedAt();
        assertThat(pdf.text()).contains(document.header().officer().title(), String.format("Ngày %02d tháng %02d năm %d",
                issued.getDayOfMonth(), issued.getMonthValue(), issued.getYear()));
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.result.SampleDocuments#all")
    void everyPaperEmbedsDejaVuAndItsQrCodeOpensTheTrackingPage(ApplicantDocument document) throws IOException {
        PdfContent pdf = render(document, VIETNAMESE);

        assertThat(pdf.fonts()).containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold");
        assertThat(pdf.qrCode()).isEqualTo(TRACKING_URL);
    }

    @Test
    void receiptListsWhatWasReceivedWhatIsDueAndWhenToComeBack() throws IOException {
        PdfContent pdf = render(SampleDocuments.receipt(), VIETNAMESE);

        assertThat(pdf.text()).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Ngày 04 tháng 11 năm 2025",
                "Địa chỉ: Tổ dân phố 5, phường Mường Thanh, tỉnh Điện Biên", "Số điện thoại: 0915 123 456",
                "1 Tờ khai đăng ký khai sinh 1 0 Có", "2 Giấy chứng sinh 1 0 Có",
                "3 Giấy chứng nhận kết hôn của cha, mẹ 0 1 Không",
                "Lệ phí đăng ký khai sinh 50.000 đ", "Phí cấp bản sao trích lục 16.000 đ", "Tổng cộng 66.000 đ",
                "Thời gian nhận hồ sơ: 04/11/2025 09:15",
                "Thời gian hẹn trả kết quả: 15 giờ 00 phút, ngày 20/11/2025",
                "Hình thức nộp hồ sơ: Trực tiếp tại Bộ phận Một cửa",
                "Hình thức nhận kết quả: Qua dịch vụ bưu chính công ích", "NGƯỜI NỘP HỒ SƠ");
    }

    @Test
    void supplementRequestListsEveryItemAtOnceWithTheComponentItConcernsAndSaysTheClockIsPaused() throws IOException {
        PdfContent pdf = render(SampleDocuments.supplementRequest(), VIETNAMESE);

        assertThat(pdf.text()).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                "1 Giấy chứng sinh Thành phần số 2 của hồ sơ Bản chụp mờ, không đọc được",
                "2 Tờ khai đăng ký khai sinh Thành phần số 1 của hồ sơ Thiếu chữ ký người đi khai",
                "3 Văn bản ủy quyền Giấy tờ hồ sơ chưa có Người đi khai không phải cha, mẹ của trẻ",
                "nêu đầy đủ, một lần", "Thời gian giải quyết hồ sơ tạm dừng từ 04/11/2025 10:40");
    }

    @Test
    void refusalGivesEveryReason() throws IOException {
        PdfContent pdf = render(SampleDocuments.refusal(), VIETNAMESE);

        assertThat(pdf.text()).contains("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ",
                "Trẻ đã được đăng ký khai sinh tại Ủy ban nhân dân xã Thanh Xương",
                "Người đi khai không phải cha, mẹ và không có văn bản ủy quyền");
    }

    @Test
    void apologyGivesTheReasonAndTheNewAppointment() throws IOException {
        PdfContent pdf = render(SampleDocuments.apology(), VIETNAMESE);

        assertThat(pdf.text()).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                "Thời gian hẹn trả kết quả ban đầu: 15 giờ 00 phút, ngày 20/11/2025",
                "Lý do chậm trễ: Chờ kết quả xác minh nơi cư trú của người mẹ tại tỉnh Lai Châu",
                UNIT + " thành thật xin lỗi Ông/Bà",
                "Thời gian hẹn trả kết quả mới: 09 giờ 30 phút, ngày 25/11/2025");
    }

    @Test
    void trackingSheetShowsEveryHandOverWithItsOutcome() throws IOException {
        PdfContent pdf = render(SampleDocuments.trackingSheet(), VIETNAMESE);

        assertThat(pdf.text()).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                "Thời gian nhận hồ sơ: 04/11/2025 09:15",
                "Thời gian hẹn trả kết quả: 15 giờ 00 phút, ngày 20/11/2025",
                "Tiếp nhận hồ sơ", "Bộ phận Một cửa", "04/11/2025 09:20", "04/11/2025 11:30", "Trước hạn",
                "Thẩm định hồ sơ", "Quàng Văn Dũng", "Phòng Tư pháp", "14/11/2025 17:00", "Đúng hạn",
                "Phê duyệt kết quả", "Lãnh đạo phường", "19/11/2025 08:05", "18/11/2025 17:00", "Quá hạn");
    }

    @Test
    void inEnglishTheLabelsAreTranslatedAndTheRecordedNamesAreNot() throws IOException {
        PdfContent pdf = render(SampleDocuments.receipt(), Locale.ENGLISH);

        assertThat(pdf.text()).contains("SOCIALIST REPUBLIC OF VIETNAM",
                "RECEIPT OF DOSSIER AND APPOINTMENT FOR THE RESULT", "Date: 04/11/2025",
                "Dossier code: " + CODE, "Applicant: " + APPLICANT, "Documents received",
                "Giấy chứng nhận kết hôn của cha, mẹ 0 1 No", "Total 66.000 đ",
                "Result due at: 15:00 on 20/11/2025", "Submitted: In person at the one-stop counter", UNIT, OFFICER)
                .doesNotContain("GIẤY TIẾP NHẬN", "Người nộp hồ sơ", "Thời gian hẹn");
        assertThat(pdf.qrCode()).isEqualTo(TRACKING_URL);
    }

    @Test
    void fileNamesStartWithTheDossierCodeAndSayWhichPaper() {
        assertThat(SampleDocuments.all().map(documents::fileName)).containsExactly(
                CODE + "-giay-tiep-nhan.pdf", CODE + "-yeu-cau-bo-sung.pdf", CODE + "-tu-choi.pdf",
                CODE + "-xin-loi.pdf", CODE + "-phieu-kiem-soat.pdf");
    }

    private PdfContent render(ApplicantDocument document, Locale locale) throws IOException {
        byte[] pdf = documents.render(document, locale);
        Files.createDirectories(OUTPUT);
        Files.write(OUTPUT.resolve(locale.getLanguage() + "-" + documents.fileName(document)), pdf);
        return PdfContent.read(pdf);
    }
}
