package vn.motcua.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright, without Playwright's own browser download. {@code bin/test}
 * installs Chromium and exports its path as {@code MOTCUA_CHROMIUM}; {@code /usr/bin/chromium} otherwise.
 */
final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Browser() {
        Path executable = Path.of(System.getenv().getOrDefault("MOTCUA_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Chromium not found at " + executable
                    + ": run the tests with bin/test, which installs it, or set MOTCUA_CHROMIUM.");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                // The machine has no network beyond loopback: keep Chromium from calling home.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh browser profile (no cookies) whose relative URLs resolve against the application. */
    BrowserContext newContext(String baseUrl) {
        return chromium.newContext(new NewContextOptions().setBaseURL(baseUrl).setLocale("vi-VN"));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
