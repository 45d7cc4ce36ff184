package vn.motcua.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/**
 * Screenshots of the journeys for the README, taken only when {@code bin/screenshots} asks for them
 * (system property {@code motcua.screenshots} = the folder); the normal test run takes none.
 */
final class Screenshots {

    private static final String FOLDER = System.getProperty("motcua.screenshots", "");

    private Screenshots() {
    }

    /** Saves the whole page as {@code {name}.png} at a phone's or a desktop's width. */
    static void take(Page page, String name) {
        if (!FOLDER.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(FOLDER, name + ".png")).setFullPage(true));
        }
    }
}
