package vn.motcua.reading;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import vn.motcua.reading.internal.QrDecoder;
import vn.motcua.reading.internal.TesseractCli;

/**
 * {@code bin/ocr-benchmark [cards]}, outside the test run: generated ID card images (Vietnamese names and
 * addresses, four fonts, noise, skew) read as the counter reads them. Prints the QR decode rate (photos as
 * JPEG, QR text parsed back to the exact card), the OCR's field exact-match and character accuracy on the
 * same cards without QR, and the time per card of Motcua's reading (image to PNG, the {@code tesseract}
 * process, field parsing) against running {@code tesseract} directly on the same PNG file.
 */
public final class OcrBenchmark {

    static final String[] FONTS = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Condensed", "DejaVu Sans Mono"};
    static final double[] NOISE = {0, 0.01, 0.03};
    static final double[] SKEW = {0, 1.5, -3};
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Lò", "Quàng", "Đỗ", "Vũ", "Mùa"};
    static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Đức", "Thu", "Hữu", "Ngọc"};
    static final String[] GIVEN = {"An", "Bình", "Hường", "Páo", "Xuân", "Dũng", "Hằng", "Tuấn", "Lan", "Chứ"};
    static final String[] PLACE = {"phường Mường Thanh", "phường Điện Biên Phủ", "xã Mường Phăng", "xã Thanh Nưa",
        "phường Him Lam", "xã Nà Tấu"};

    private OcrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 48;
        TesseractCli tesseract = new TesseractCli("tesseract", "vie", Duration.ofSeconds(60));
        if (!tesseract.status().available()) {
            System.out.println("Tesseract is missing: " + tesseract.status().problem());
            return;
        }
        CardReader reader = new CardReader(tesseract);
        Random random = new Random(20261206);
        int qrOk = 0;
        long qrNanos = 0;
        String[] fields = {"idNumber", "fullName", "birthDate", "sex", "address"};
        int[] exact = new int[fields.length];
        long chars = 0;
        long errors = 0;
        List<Long> ours = new ArrayList<>();
        List<Long> direct = new ArrayList<>();
        Path dir = Files.createTempDirectory("ocr-benchmark");
        for (int i = 0; i < cards; i++) {
            CardData card = card(random);
            TestCards.Look look = new TestCards.Look(FONTS[i % FONTS.length], true, NOISE[(i / 4) % 3], SKEW[(i / 12) % 3]);
            byte[] photo = TestCards.jpeg(TestCards.image(card, look, i));
            long start = System.nanoTime();
            var qr = QrDecoder.decode(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(photo)));
            qrNanos += System.nanoTime() - start;
            if (qr.isPresent() && CardQr.parse(qr.get()).data().equals(card)) {
                qrOk++;
            }
            TestCards.Look printed = new TestCards.Look(look.font(), false, look.noise(), look.skewDegrees());
            byte[] png = TestCards.png(TestCards.image(card, printed, i));
            start = System.nanoTime();
            CardData read = reader.read("card", png).data();
            ours.add(System.nanoTime() - start);
            File file = dir.resolve("card" + i + ".png").toFile();
            Files.write(file.toPath(), png);
            direct.add(runTesseract(file));
            for (int f = 0; f < fields.length; f++) {
                String expected = value(card, f);
                String actual = value(read, f);
                if (expected.equals(actual)) {
                    exact[f]++;
                }
                chars += expected.length();
                errors += Math.min(expected.length(), levenshtein(expected, actual));
            }
            Files.delete(file.toPath());
        }
        Files.delete(dir);
        System.out.printf(Locale.ROOT, "cards: %d (fonts %s; noise %s; skew %s degrees)%n", cards, String.join(", ", FONTS),
                java.util.Arrays.toString(NOISE), java.util.Arrays.toString(SKEW));
        System.out.printf(Locale.ROOT, "QR decode rate (JPEG photo, parsed back exactly): %d/%d = %.1f%%, %.0f ms a card%n",
                qrOk, cards, 100.0 * qrOk / cards, qrNanos / 1e6 / cards);
        for (int f = 0; f < fields.length; f++) {
            System.out.printf(Locale.ROOT, "OCR exact match %-9s: %d/%d = %.1f%%%n", fields[f], exact[f], cards,
                    100.0 * exact[f] / cards);
        }
        System.out.printf(Locale.ROOT, "OCR character accuracy over the five fields: %.1f%%%n", 100.0 * (chars - errors) / chars);
        System.out.printf(Locale.ROOT, "time a card, Motcua CardReader (OCR path): median %.0f ms, mean %.0f ms%n",
                median(ours), mean(ours));
        System.out.printf(Locale.ROOT, "time a card, tesseract CLI directly (--psm 11 -l vie): median %.0f ms, mean %.0f ms%n",
                median(direct), mean(direct));
    }

    static CardData card(Random r) {
        boolean male = r.nextBoolean();
        int year = 1950 + r.nextInt(56);
        LocalDate birth = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        int centuryAndSex = (year >= 2000 ? 2 : 0) + (male ? 0 : 1);
        String id = "011" + centuryAndSex + String.format("%02d", year % 100) + String.format("%06d", r.nextInt(1_000_000));
        String name = pick(r, FAMILY) + " " + (male ? "Văn" : "Thị") + " " + pick(r, MIDDLE) + " " + pick(r, GIVEN);
        String address = "Số " + (1 + r.nextInt(200)) + ", tổ " + (1 + r.nextInt(20)) + ", " + pick(r, PLACE)
                + ", tỉnh Điện Biên";
        return new CardData(id, r.nextBoolean() ? String.format("%09d", r.nextInt(1_000_000_000)) : null, name, birth,
                male ? "Nam" : "Nữ", address, LocalDate.of(2021 + r.nextInt(4), 1 + r.nextInt(12), 1 + r.nextInt(28)));
    }

    /** The card's field as printed: the name in capitals, dates dd/MM/yyyy; "" when not read. */
    static String value(CardData c, int field) {
        Function<Object, String> s = v -> v == null ? "" : v.toString();
        return switch (field) {
            case 0 -> s.apply(c.idNumber());
            case 1 -> c.fullName() == null ? "" : c.fullName().toUpperCase(Locale.ROOT);
            case 2 -> c.birthDate() == null ? "" : c.birthDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            case 3 -> s.apply(c.sex());
            default -> s.apply(c.address());
        };
    }

    private static long runTesseract(File png) throws Exception {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder("tesseract", png.getPath(), "stdout", "-l", "vie", "--psm", "11")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = builder.start();
        p.waitFor(60, TimeUnit.SECONDS);
        return System.nanoTime() - start;
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static double mean(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }
}
