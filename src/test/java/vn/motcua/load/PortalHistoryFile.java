package vn.motcua.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Writes a JSON Lines file of dossier history in the national portal's format, as an old system
 * would export it: the province's units and procedures, 2019–2024, every status, documents, fees,
 * results, supplement requests (some still unanswered), some dossiers without an appointment, and about
 * one line in fifty invalid. Deterministic for a seed.
 */
final class PortalHistoryFile {

    private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final int[] STATUSES = {10, 10, 10, 10, 10, 10, 9, 9, 4, 5, 3, 8, 2, 7, 1};

    private final List<String> units;
    private final List<String> procedures;
    private final Random random;

    PortalHistoryFile(List<String> units, List<String> procedures, long seed) {
        this.units = units;
        this.procedures = procedures;
        this.random = new Random(seed);
    }

    /** Writes {@code count} lines coded {@code prefix}000000001… to {@code file}; returns its size in bytes. */
    long write(Path file, String prefix, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                out.write(random.nextInt(50) == 0 ? invalid(prefix, i) : line(prefix, i));
                out.write('\n');
            }
        }
        return Files.size(file);
    }

    private String line(String prefix, int n) {
        int status = STATUSES[random.nextInt(STATUSES.length)];
        LocalDateTime received = LocalDateTime.of(2019, 1, 2, 7, 30)
                .plusMinutes(random.nextLong(6L * 365 * 24 * 60));
        LocalDateTime due = received.plusDays(3 + random.nextInt(20));
        LocalDateTime ended = received.plusDays(1 + random.nextInt(25));
        StringBuilder line = new StringBuilder(1200)
                .append("{\"MaHoSo\":\"").append(prefix).append(String.format("%09d", n)).append('"')
                .append(",\"DonViXuLy\":\"").append(pick(units)).append('"')
                .append(",\"MaTTHC\":\"").append(pick(procedures)).append('"')
                .append(",\"TenTTHC\":\"Thủ tục hành chính mẫu\",\"ChuHoSo\":\"Nguyễn Văn An\"")
                .append(",\"SoGiayToChuHoSo\":\"0110900").append(String.format("%05d", n % 100_000)).append('"')
                .append(",\"KenhThucHien\":").append(1 + random.nextInt(3))
                .append(",\"LoaiDoiTuong\":\"").append(1 + random.nextInt(4)).append('"')
                .append(",\"TrangThaiHoSo\":").append(status)
                .append(",\"NgayNopHoSo\":\"").append(PORTAL.format(received.minusHours(2))).append('"');
        if (status != 1 && !(status == 3 && random.nextBoolean())) {
            line.append(",\"NgayTiepNhan\":\"").append(PORTAL.format(received)).append('"');
            if (random.nextInt(10) > 0) {
                line.append(",\"NgayHenTra\":\"").append(PORTAL.format(due)).append('"');
            }
        }
        if (status >= 8 || status == 3) {
            line.append(",\"NgayKetThucXuLy\":\"").append(PORTAL.format(ended)).append('"');
        }
        if (status == 10) {
            line.append(",\"NgayTra\":\"").append(PORTAL.format(ended.plusHours(20))).append('"');
        }
        appendLists(line, received);
        return line.append(",\"TaiKhoanDuocXacThucVoiVNeID\":").append(random.nextInt(2))
                .append(",\"DuocThanhToanTrucTuyen\":").append(random.nextInt(3)).append('}').toString();
    }

    private void appendLists(StringBuilder line, LocalDateTime received) {
        line.append(",\"TaiLieuNop\":[");
        for (int i = 0, documents = 1 + random.nextInt(4); i < documents; i++) {
            line.append(i == 0 ? "" : ",").append("{\"TepDinhKemId\":\"").append(random.nextInt(1_000_000))
                    .append("\",\"DuocSoHoa\":").append(random.nextInt(4) > 0 ? 1 : 0)
                    .append(",\"DuocTaiSuDung\":\"").append(random.nextInt(5) == 0 ? 1 : 0)
                    .append("\",\"DuocLayTuKhoDMQG\":").append(random.nextInt(6) == 0 ? 1 : 0).append('}');
        }
        line.append("],\"DanhSachLePhi\":[{\"TenPhiLePhi\":\"Lệ phí\",\"Gia\":\"")
                .append(random.nextInt(3) * 50_000).append("\"}]");
        if (random.nextInt(5) == 0) {
            LocalDateTime asked = received.plusHours(4 + random.nextInt(48));
            line.append(",\"DanhSachHoSoBoSung\":[{\"NgayYeuCauBoSung\":\"").append(PORTAL.format(asked)).append('"');
            if (random.nextInt(4) > 0) {
                line.append(",\"NgayBoSung\":\"").append(PORTAL.format(asked.plusHours(1 + random.nextInt(72))))
                        .append('"');
            }
            line.append("}]");
        }
        line.append(",\"DanhSachGiayToKetQua\":[{\"MaGiayToKetQua\":\"KQ1\",\"DuongDanTepTinKetQua\":\"")
                .append(random.nextBoolean() ? "https://kq.example/" + random.nextInt(1_000_000) + ".pdf" : "")
                .append("\"}]");
    }

    private String invalid(String prefix, int n) {
        String code = prefix + String.format("%09d", n);
        return switch (random.nextInt(4)) {
            case 0 -> "{\"MaHoSo\":\"" + code + "\",\"DonViXuLy\":\"000.99.99.H18\"}";
            case 1 -> "{\"MaHoSo\":\"" + code + "\",\"NgayTiepNhan\":\"2024-13-01\"";
            case 2 -> line(prefix, n).replace("\"LoaiDoiTuong\":\"", "\"LoaiDoiTuongCu\":\"");
            default -> line(prefix, n).replace("\"MaTTHC\":\"", "\"MaTTHC\":\"X");
        };
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
