package vn.motcua.payment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The national payment platform's messages as they go on the wire (INTEGRATION.md "National payment
 * platform"; docs/payment-platform.md gives each message's fields and the order they are signed in).
 * Field names are the platform's ({@code MaThamChieu}…); each message signed with {@code MaXacThuc} says
 * which fields it signs.
 */
public final class PlatformMessages {

    /** Where the province takes the platform's results (POST, JSON): the callback address every order gives. */
    public static final String CALLBACK_PATH = "/payment/platform/callback";

    /** TrangThai: the money was taken. */
    public static final String PAID = "00";
    /** TrangThai: the bank refused the payment. */
    public static final String FAILED = "01";
    /** TrangThai: the payer cancelled. */
    public static final String CANCELLED = "02";
    /** TrangThai: the payer has not finished paying. */
    public static final String PENDING = "03";

    /** MaLoi of an answer: taken. */
    public static final String OK = "00";
    /** MaLoi: MaXacThuc does not match the fields and the partner's key. */
    public static final String BAD_SIGNATURE = "01";
    /** MaLoi: no such partner (MaDoiTac). */
    public static final String UNKNOWN_PARTNER = "02";
    /** MaLoi: no such reference (MaThamChieu). */
    public static final String UNKNOWN_REFERENCE = "03";
    /** MaLoi: the amount is not the one ordered. */
    public static final String WRONG_AMOUNT = "04";
    /** MaLoi: the result contradicts the one already recorded. */
    public static final String CONFLICT = "05";
    /** MaLoi: the message is incomplete. */
    public static final String INVALID = "06";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private PlatformMessages() {
    }

    /** ThoiGianGD: {@code yyyyMMddHHmmss}, Vietnam's time, as the platform writes times. */
    public static String time(Instant at) {
        return TIME.format(at);
    }

    /** A payment order (LoaiBanTin=INIT). */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Init(String loaiBanTin, String maDoiTac, String maThamChieu, long soTien, String loaiHinhThanhToan,
            String maKenhThanhToan, String maThietBi, String ngonNgu, String maTienTe, String maNganHang,
            String thongTinGiaoDich, String thoiGianGD, String ip, String urlTraVe, String urlThongBao,
            Receipt thongTinBienLai, String maXacThuc) {

        public List<String> signed() {
            List<String> fields = new ArrayList<>(Arrays.asList(loaiBanTin, maDoiTac, maThamChieu, String.valueOf(soTien),
                    loaiHinhThanhToan, maKenhThanhToan, maThietBi, ngonNgu, maTienTe, maNganHang, thongTinGiaoDich,
                    thoiGianGD, ip, urlTraVe, urlThongBao));
            if (thongTinBienLai != null) {
                fields.addAll(thongTinBienLai.signed());
            }
            return fields;
        }

        public Init signedWith(String maXacThuc) {
            return new Init(loaiBanTin, maDoiTac, maThamChieu, soTien, loaiHinhThanhToan, maKenhThanhToan, maThietBi,
                    ngonNgu, maTienTe, maNganHang, thongTinGiaoDich, thoiGianGD, ip, urlTraVe, urlThongBao,
                    thongTinBienLai, maXacThuc);
        }
    }

    /** The receipt block (ThongTinBienLai): what the payment is for and where the money goes. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Receipt(String maDVC, String maTTHC, String maDonVi, String maHoSo, String tKThuHuong,
            String maNHThuHuong, List<FeeLine> danhSachPhiLePhi) {

        List<String> signed() {
            List<String> fields = new ArrayList<>(Arrays.asList(maDVC, maTTHC, maDonVi, maHoSo, tKThuHuong, maNHThuHuong));
            if (danhSachPhiLePhi != null) {
                danhSachPhiLePhi.forEach(f -> fields.addAll(Arrays.asList(f.noiDung(), String.valueOf(f.soTien()))));
            }
            return fields;
        }
    }

    /** One fee of the receipt block. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FeeLine(String noiDung, long soTien) {
    }

    /** The platform's answer to an order: where to send the payer. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InitAnswer(String maLoi, String moTa, String maThamChieu, String duongDanThanhToan,
            String maXacThuc) {

        public List<String> signed() {
            return Arrays.asList(maLoi, maThamChieu, duongDanThanhToan);
        }
    }

    /** A transaction's result: the callback the platform sends, and its answer to a status query. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(String maDoiTac, String maThamChieu, String maGiaoDich, long soTien, String trangThai,
            String maNganHang, String tenNguoiNop, String thoiGianGD, String maXacThuc) {

        public List<String> signed() {
            return Arrays.asList(maDoiTac, maThamChieu, maGiaoDich, String.valueOf(soTien), trangThai, maNganHang,
                    tenNguoiNop, thoiGianGD);
        }

        public Result signedWith(String maXacThuc) {
            return new Result(maDoiTac, maThamChieu, maGiaoDich, soTien, trangThai, maNganHang, tenNguoiNop,
                    thoiGianGD, maXacThuc);
        }

        public Result withAmount(long amount) {
            return new Result(maDoiTac, maThamChieu, maGiaoDich, amount, trangThai, maNganHang, tenNguoiNop,
                    thoiGianGD, maXacThuc);
        }

        public Result withStatus(String status) {
            return new Result(maDoiTac, maThamChieu, maGiaoDich, soTien, status, maNganHang, tenNguoiNop,
                    thoiGianGD, maXacThuc);
        }
    }

    /** A status query (LoaiBanTin=QUERY). */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Query(String loaiBanTin, String maDoiTac, String maThamChieu, String thoiGianGD, String maXacThuc) {

        public List<String> signed() {
            return Arrays.asList(loaiBanTin, maDoiTac, maThamChieu, thoiGianGD);
        }
    }

    /** The answer to a status query: MaLoi, and the result when the platform knows the reference. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QueryAnswer(String maLoi, String moTa, Result ketQua) {
    }

    /** The province's answer to a callback. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ack(String maLoi, String moTa) {
    }

    /** One settled transaction of the daily settlement report. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SettlementLine(String maThamChieu, String maHoSo, long soTien, String tKThuHuong,
            String maNHThuHuong, String thoiGianGD, String trangThai) {
    }
}
