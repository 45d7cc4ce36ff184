package vn.motcua.reading;

/**
 * Whether Tesseract can read text here.
 *
 * @param available the command answered with its version and has the configured languages
 * @param command the configured command (path or name)
 * @param version its first line of {@code --version}, when it answered
 * @param problem why not, in a sentence for the administrator (not translated: it quotes the system)
 */
public record OcrStatus(boolean available, String command, String version, String problem) {
}
