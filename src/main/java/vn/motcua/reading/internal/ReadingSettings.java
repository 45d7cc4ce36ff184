package vn.motcua.reading.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.reading.*}: the Tesseract command and how scans are read in the background.
 *
 * @param tesseract the command, a name on the PATH or a full path
 * @param languages Tesseract's language data, joined by {@code +} (vie: Vietnamese)
 * @param pageTimeout how long one page may take before its process is killed
 * @param maxPages pages of a scan read at most (a longer PDF's text stops there)
 * @param interval how often a node looks for scans to read
 * @param claimFor how long a node holds a scan it claimed before another may take it over
 * @param maxAttempts attempts before a scan that keeps failing is marked failed
 */
@ConfigurationProperties("motcua.reading")
public record ReadingSettings(String tesseract, String languages, Duration pageTimeout, int maxPages,
        Duration interval, Duration claimFor, int maxAttempts) {

    public ReadingSettings {
        tesseract = tesseract == null || tesseract.isBlank() ? "tesseract" : tesseract;
        languages = languages == null || languages.isBlank() ? "vie" : languages;
        pageTimeout = pageTimeout == null ? Duration.ofSeconds(60) : pageTimeout;
        maxPages = maxPages <= 0 ? 20 : maxPages;
        interval = interval == null ? Duration.ofSeconds(10) : interval;
        claimFor = claimFor == null ? Duration.ofMinutes(10) : claimFor;
        maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
    }
}
