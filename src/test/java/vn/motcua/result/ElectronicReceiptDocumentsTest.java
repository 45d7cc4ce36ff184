package vn.motcua.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.payment.ElectronicReceipt;
import vn.motcua.payment.Fee;
import vn.motcua.payment.PaymentChannel;

/** The electronic receipt as the payer reads it, in Vietnamese and in English; left in target/ to look at. */
@MotcuaIntegrationTest
class ElectronicReceiptDocumentsTest {

    private static final String CODE = "000.00.01.H18-260302-0042";
    // 09:30 in Điện Biên (UTC+7).
    private static final ElectronicReceipt RECEIPT = new ElectronicReceipt("BL-000.00.01.H18-2026-17", "PAY-000123",
            CODE, "000.00.01.H18", "Lò Thị Thu",
            List.of(new Fee("Lệ phí cấp thẻ công chứng viên", 100_000), new Fee("Phí thẩm định", 50_000)),
            150_000, "371100000001", "970415", PaymentChannel.COUNTER_QR, Instant.parse("2026-03-02T02:30:00Z"));

    @Autowired
    ElectronicReceiptDocuments documents;
    @Value("${motcua.public-url}")
    String publicUrl;

    private PdfContent render(Locale locale) throws IOException {
        byte[] pdf = documents.render(RECEIPT, locale);
        Path output = Path.of("target", "result-documents", "bien-lai-" + locale.getLanguage() + ".pdf");
        Files.createDirectories(output.getParent());
        Files.write(output, pdf);
        return PdfContent.read(pdf);
    }

    @Test
    void theReceiptStatesEveryFeeTheTotalInFiguresAndWordsAndHowItWasPaid() throws IOException {
        PdfContent pdf = render(Locale.of("vi"));

        assertThat(pdf.text()).contains("BIÊN LAI THU PHÍ, LỆ PHÍ", "Số biên lai: BL-000.00.01.H18-2026-17",
                "Người nộp tiền: Lò Thị Thu", "Mã hồ sơ: " + CODE,
                "Lệ phí cấp thẻ công chứng viên 100.000 đ", "Phí thẩm định 50.000 đ", "Tổng cộng 150.000 đ",
                "Số tiền bằng chữ: Một trăm năm mươi nghìn đồng",
                "Tài khoản thu: 371100000001 – ngân hàng 970415",
                "Hình thức thanh toán: Chuyển khoản VietQR tại Bộ phận Một cửa", "Mã giao dịch: PAY-000123",
                "Thời gian thanh toán: 02/03/2026 09:30", "Ngày 02 tháng 03 năm 2026");
        assertThat(pdf.fonts()).containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold");
        assertThat(pdf.qrCode()).isEqualTo(publicUrl + "/follow?code=" + CODE);
    }

    @Test
    void englishLabelsOnRequestKeepTheWordsInVietnamese() throws IOException {
        PdfContent pdf = render(Locale.ENGLISH);

        assertThat(pdf.text()).contains("RECEIPT FOR FEES AND CHARGES", "Receipt number: BL-000.00.01.H18-2026-17",
                "Payer: Lò Thị Thu", "Payment method: VietQR transfer at the counter",
                "Amount in words (Vietnamese): Một trăm năm mươi nghìn đồng");
    }
}
