package vn.motcua.integration;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Lines of the national portal's dossier format for tests: returned dossiers of one unit and procedure. */
public final class PortalLines {

    private PortalLines() {
    }

    /**
     * A returned counter dossier received on {@code received} (yyyyMMddHHmmss), due on
     * {@code appointment}, done on {@code done} and returned on {@code returned}.
     */
    public static String returned(String code, String unit, String procedure, String received, String appointment,
            String done, String returned) {
        return """
                {"MaHoSo":"%s","DonViXuLy":"%s","MaTTHC":"%s","KenhThucHien":1,"LoaiDoiTuong":"1",\
                "TrangThaiHoSo":10,"NgayNopHoSo":"%s","NgayTiepNhan":"%s","NgayHenTra":"%s",\
                "NgayKetThucXuLy":"%s","NgayTra":"%s","TaiLieuNop":[{"DuocSoHoa":1,"DuocTaiSuDung":"0"}],\
                "DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí","Gia":"50000"}],"DuocThanhToanTrucTuyen":0}"""
                .formatted(code, unit, procedure, received, received, appointment, done, returned);
    }

    public static byte[] file(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
