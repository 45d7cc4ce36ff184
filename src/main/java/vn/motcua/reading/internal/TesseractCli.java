package vn.motcua.reading.internal;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import vn.motcua.reading.OcrStatus;

/**
 * Tesseract run as a command, one process a page: {@code tesseract page.png page -l vie --psm N}. A page
 * that takes longer than the timeout is killed; OpenMP is held to one thread (the machine's cores serve
 * the web requests too). Whether the command works is probed once and then whenever a run fails to start.
 */
public class TesseractCli {

    /** Tesseract's page segmentation modes used here. */
    public enum Layout {
        /** A page of a document: columns, paragraphs (psm 3, Tesseract's default). */
        PAGE(3),
        /** A card: short lines anywhere (psm 11, sparse text). */
        SPARSE(11);

        final int psm;

        Layout(int psm) {
            this.psm = psm;
        }
    }

    /** Tesseract could not read the page (not installed, timed out, failed). */
    public static class OcrException extends Exception {

        public OcrException(String message) {
            super(message);
        }
    }

    private final String command;
    private final List<String> languages;
    private final Duration timeout;
    private volatile OcrStatus status;

    public TesseractCli(String command, String languages, Duration timeout) {
        this.command = command;
        this.languages = Arrays.stream(languages.split("\\+")).map(String::strip).toList();
        this.timeout = timeout;
    }

    /** Whether the command runs and has every configured language; probed on first call. */
    public OcrStatus status() {
        OcrStatus known = status;
        if (known == null) {
            known = probe();
            status = known;
        }
        return known;
    }

    /** The page's text. */
    public String read(BufferedImage page, Layout layout) throws OcrException {
        if (!status().available()) {
            throw new OcrException(status().problem());
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("motcua-ocr");
            Path image = dir.resolve("page.png");
            ImageIO.write(page, "png", image.toFile());
            Run run = run(List.of(image.toString(), dir.resolve("page").toString(), "-l", String.join("+", languages),
                    "--psm", String.valueOf(layout.psm)));
            if (run.exitCode != 0) {
                throw new OcrException("tesseract exited with " + run.exitCode + ": " + run.output.strip());
            }
            return Files.readString(dir.resolve("page.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            status = null;
            throw new OcrException("tesseract could not run: " + e.getMessage());
        } finally {
            delete(dir);
        }
    }

    private OcrStatus probe() {
        try {
            Run version = run(List.of("--version"));
            Run langs = run(List.of("--list-langs"));
            String first = version.output.lines().findFirst().orElse("").strip();
            List<String> installed = langs.output.lines().map(String::strip).toList();
            List<String> missing = languages.stream().filter(l -> !installed.contains(l)).toList();
            if (version.exitCode != 0 || !missing.isEmpty()) {
                return new OcrStatus(false, command, first, "tesseract at " + command + " lacks language data "
                        + missing + " (Debian: tesseract-ocr-vie)");
            }
            return new OcrStatus(true, command, first, null);
        } catch (IOException | OcrException e) {
            return new OcrStatus(false, command, null, "tesseract cannot run at " + command + ": " + e.getMessage()
                    + " (Debian: apt-get install tesseract-ocr tesseract-ocr-vie)");
        }
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(List<String> arguments) throws IOException, OcrException {
        List<String> commandLine = new ArrayList<>();
        commandLine.add(command);
        commandLine.addAll(arguments);
        File output = File.createTempFile("motcua-ocr", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(commandLine).redirectErrorStream(true)
                    .redirectOutput(output);
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new OcrException("tesseract took longer than " + timeout);
            }
            return new Run(process.exitValue(), Files.readString(output.toPath(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("interrupted");
        } finally {
            Files.deleteIfExists(output.toPath());
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
