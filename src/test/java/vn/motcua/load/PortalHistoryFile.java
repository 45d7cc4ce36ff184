package vn.motcua.load;

import vn.motcua.integration.internal.NationalHistoryLines;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a JSON Lines file of dossier history as an old system would export it: the lines of
 * {@link NationalHistoryLines}, day after day, with about one line in fifty invalid (unknown unit,
 * bad date, missing field, unknown procedure). Deterministic for a seed.
 */
final class PortalHistoryFile {

    private static final int PER_WORKING_DAY = 3_000;

    private final NationalHistoryLines lines;
    private final Random random;

    PortalHistoryFile(NationalHistoryLines lines, long seed) {
        this.lines = lines;
        this.random = new Random(seed);
    }

    /** Writes {@code count} lines, the last on the day before {@code end}, to {@code file}; returns its size in bytes. */
    long write(Path file, int count, LocalDate end) throws IOException {
        LocalDate day = end.minusDays((long) Math.ceil(count * 7.0 / 5 / PER_WORKING_DAY) + 3);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int written = 0; written < count; day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                for (int i = 0; i < PER_WORKING_DAY && written < count; i++, written++) {
                    String line = lines.line(day, i);
                    out.write(random.nextInt(50) == 0 ? invalid(line) : line);
                    out.write('\n');
                }
            }
        }
        return Files.size(file);
    }

    private String invalid(String line) {
        return switch (random.nextInt(4)) {
            case 0 -> line.replaceFirst("\"DonViXuLy\":\"[^\"]*\"", "\"DonViXuLy\":\"000.99.99.H18\"");
            case 1 -> line.replaceFirst("\"NgayTiepNhan\":\"(\\d{4})\\d\\d", "\"NgayTiepNhan\":\"$113");
            case 2 -> line.replace("\"LoaiDoiTuong\":", "\"LoaiDoiTuongCu\":");
            default -> line.replace("\"MaTTHC\":\"", "\"MaTTHC\":\"X");
        };
    }
}
