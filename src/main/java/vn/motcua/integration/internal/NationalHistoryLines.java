package vn.motcua.integration.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.motcua.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates dossier history in the national portal's JSON Lines format (INTEGRATION.md), as a
 * province's old system would export it: a steady number of dossiers each working day, most
 * finished on time, some late, some supplemented once or twice, refused, stopped or withdrawn,
 * recent ones still open; documents digitised or reused, fees paid online or not, results
 * electronic or not. Seeded: the same arguments give the same lines.
 */
public final class NationalHistoryLines {

    /** A procedure and a unit that handles it. */
    public record Handler(String procedureCode, String unit) {
    }

    private static final DateTimeFormatter NATIONAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Random random;
    private final List<Handler> handlers;
    private final String prefix;
    private final LocalDateTime now;

    public NationalHistoryLines(long seed, List<Handler> handlers, String prefix, LocalDateTime now) {
        this.random = new Random(seed);
        this.handlers = List.copyOf(handlers);
        this.prefix = prefix;
        this.now = now;
    }

    /** Every procedure in force with each unit that handles it. */
    public static List<Handler> handlers(Catalog catalog) {
        List<Handler> handlers = new ArrayList<>();
        for (String code : catalog.codes()) {
            catalog.findInForce(code).ifPresent(procedure -> procedure.content().units()
                    .forEach(unit -> handlers.add(new Handler(code, unit))));
        }
        return handlers;
    }

    /** The {@code index}-th dossier received on {@code day}, as one line (no newline). */
    public String line(LocalDate day, int index) {
        Handler handler = handlers.get(random.nextInt(handlers.size()));
        LocalDateTime received = day.atTime(7, 30).plusMinutes(random.nextInt(9 * 60));
        LocalDateTime appointment = workingDaysAfter(received, 3 + random.nextInt(10));
        int supplements = random.nextInt(100) < 10 ? 1 : random.nextInt(100) < 2 ? 2 : 0;
        boolean late = random.nextInt(100) < 8;
        LocalDateTime finished = late ? appointment.plusHours(2 + random.nextInt(24 * 6))
                : received.plusMinutes((long) (random.nextDouble() * java.time.Duration.between(received, appointment)
                        .toMinutes()));
        finished = finished.plusDays(supplements * 3L);
        int fate = random.nextInt(100);
        boolean open = finished.isAfter(now);
        int status = open ? (supplements > 0 && fate < 30 ? 5 : 4)
                : fate < 3 ? 3 : fate < 5 ? 8 : fate < 7 ? 7 : fate < 40 ? 9 : 10;
        StringBuilder json = new StringBuilder(700);
        json.append("{\"MaHoSo\":\"").append(prefix).append(day.format(DateTimeFormatter.BASIC_ISO_DATE)).append('-')
                .append(index).append("\",\"MaTTHC\":\"").append(handler.procedureCode())
                .append("\",\"DonViXuLy\":\"").append(handler.unit())
                .append("\",\"KenhThucHien\":").append(1 + random.nextInt(3))
                .append(",\"LoaiDoiTuong\":").append(random.nextInt(100) < 80 ? 1 : 2)
                .append(",\"TrangThaiHoSo\":").append(status);
        date(json, "NgayNopHoSo", received.minusMinutes(random.nextInt(60 * 24)));
        date(json, "NgayTiepNhan", received);
        date(json, "NgayHenTra", appointment);
        if (status == 9 || status == 10) {
            date(json, "NgayKetThucXuLy", finished);
        }
        if (status == 10) {
            date(json, "NgayTra", finished.plusHours(random.nextInt(48)));
        }
        if (status == 3 || status == 8) {
            date(json, "NgayTuChoi", finished);
        }
        documents(json);
        fees(json);
        supplements(json, received, supplements);
        if (status == 9 || status == 10) {
            results(json, prefix + index);
        }
        json.append(",\"TaiKhoanDuocXacThucVoiVNeID\":").append(random.nextInt(100) < 55 ? 1 : 0)
                .append(",\"DuocThanhToanTrucTuyen\":").append(random.nextInt(100) < 45 ? 1 + random.nextInt(2) : 0)
                .append('}');
        return json.toString();
    }

    private void documents(StringBuilder json) {
        json.append(",\"TaiLieuNop\":[");
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"DuocSoHoa\":").append(random.nextInt(100) < 85 ? 1 : 0)
                    .append(",\"DuocTaiSuDung\":").append(random.nextInt(100) < 25 ? 1 : 0)
                    .append(",\"DuocLayTuKhoDMQG\":").append(random.nextInt(100) < 15 ? 1 : 0).append('}');
        }
        json.append(']');
    }

    private void fees(StringBuilder json) {
        json.append(",\"DanhSachLePhi\":[");
        if (random.nextInt(100) < 60) {
            json.append("{\"TenPhiLePhi\":\"Lệ phí\",\"Gia\":").append(10_000 * (1 + random.nextInt(20))).append('}');
        }
        json.append(']');
    }

    private void supplements(StringBuilder json, LocalDateTime received, int rounds) {
        json.append(",\"DanhSachHoSoBoSung\":[");
        LocalDateTime at = received.plusDays(1);
        for (int i = 0; i < rounds; i++) {
            json.append(i == 0 ? "" : ",").append('{');
            date(json, "NgayYeuCauBoSung", at, false);
            LocalDateTime supplied = at.plusDays(2);
            if (!supplied.isAfter(now)) {
                date(json, "NgayBoSung", supplied);
            }
            json.append('}');
            at = supplied.plusDays(1);
        }
        json.append(']');
    }

    private void results(StringBuilder json, String code) {
        json.append(",\"DanhSachGiayToKetQua\":[{\"MaGiayToKetQua\":\"").append(code).append("-KQ1\"");
        if (random.nextInt(100) < 70) {
            json.append(",\"DuongDanTepTinKetQua\":\"https://ketqua.example/").append(code).append(".pdf\"");
        }
        json.append("}]");
    }

    private static void date(StringBuilder json, String field, LocalDateTime moment) {
        date(json, field, moment, true);
    }

    private static void date(StringBuilder json, String field, LocalDateTime moment, boolean comma) {
        json.append(comma ? "," : "").append('"').append(field).append("\":\"").append(moment.format(NATIONAL))
                .append('"');
    }

    /** Weekends skipped; holidays are the calendar's business, not the generator's. */
    private static LocalDateTime workingDaysAfter(LocalDateTime from, int days) {
        LocalDateTime at = from;
        for (int added = 0; added < days; ) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return at;
    }
}
