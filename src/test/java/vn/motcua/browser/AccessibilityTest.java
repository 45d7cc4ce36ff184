package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;

/**
 * axe-core, run in Chromium, finds no WCAG 2.2 A/AA violation on the public, office and admin pages,
 * and each of them fits a 390 px wide phone without scrolling sideways.
 */
@MotcuaIntegrationTest
class AccessibilityTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final int PHONE_WIDTH = 390;
    private static Browser browser;

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    vn.motcua.dossier.DossierFixtures fixtures;
    @org.springframework.beans.factory.annotation.Autowired
    vn.motcua.organization.ApiTokens tokens;
    @org.springframework.beans.factory.annotation.Autowired
    vn.motcua.integration.HistoryImportJobs imports;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/procedures", "/procedures?q=khai+sinh", "/procedures/1.001193",
        "/procedures/1.001193/versions", "/login", "/?lang=en", "/procedures/1.001612?lang=en", "/no-such-page",
        "/service-index", "/service-index?lang=en", "/service-index?month=1999-01"})
    void publicPagesHaveNoWcagViolations(String path) {
        Page page = browser.newContext("http://localhost:" + port).newPage();
        page.navigate(path);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
        assertFitsAPhone(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiepnhan /office", "tiepnhan /office/inbox", "tiepnhan /office/search?q=0110",
        "tiepnhan /office/reception?q=khai+sinh", "tiepnhan /office/reception/1.013859", "tiepnhan DOSSIER",
        "admin /admin", "admin /admin/units", "admin /admin/units/new", "admin /admin/officers/new",
        "admin /admin/procedures", "admin /admin/procedures/new", "admin /admin/calendar?year=2026",
        "giamsat /office/index", "giamsat /office/index?lang=en", "lanhdao.tuphap /office/index",
        "giamsat /office/index?period=range&from=2026-05-10&to=2026-05-01&hours=0",
        "giamsat /office/index/drill-down?criterion=1.3", "lanhdao.tuphap /office/index/drill-down?criterion=2.1",
        "admin /admin/index", "admin /admin/events",
        "admin /admin/tokens", "admin /admin/tokens/new", "admin TOKEN_REVOKE", "admin TOKEN_ISSUED",
        "admin /admin/import", "admin IMPORT", "admin IMPORT?lang=en", "admin /admin/logins",
        "lanhdao.tuphap /office/staff", "admin /office/staff", "admin /admin/officers/chuyenvien.tuphap",
        "admin /admin/procedures/1.001612", "admin /admin/units/000.01.31.H18",
        "admin /admin/notifications", "admin /admin/notifications/mailbox",
        "admin /admin/notifications/sms", "admin /admin/notifications/templates",
        "admin /admin/notifications/templates/LATE/EMAIL/vi", "admin /admin/notifications/officers", "admin /admin/notifications/officers/tiepnhan"})
    void officePagesHaveNoWcagViolations(String officerAndPath) throws Exception {
        String[] parts = officerAndPath.split(" ");
        String path = switch (parts[1].replaceAll("\\?.*", "")) {
            case "DOSSIER" -> "/office/dossiers/" + fixtures.receiveNotaryCard("011090007777", "Mùa A Chứ").code();
            case "TOKEN_REVOKE" -> "/admin/tokens/" + tokens.issue(new vn.motcua.organization.ApiTokenForm(
                    "tiepnhan", "Kiểm tra trợ năng", ""), "admin").token().id() + "/revoke";
            case "TOKEN_ISSUED" -> "/admin/tokens/new";
            case "IMPORT" -> finishedImport() + parts[1].replaceAll("^[^?]*", "");
            default -> parts[1];
        };
        Page page = browser.newContext("http://localhost:" + port).newPage();
        page.navigate("/login");
        page.getByLabel("Tên đăng nhập").fill(parts[0]);
        page.getByLabel("Mật khẩu").fill("motcua-demo");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.waitForURL("**/office");
        page.navigate(path);
        if (parts[1].equals("TOKEN_ISSUED")) {
            // The page that shows a new token's secret exists only right after issuing one.
            page.getByLabel("Cán bộ sở hữu").selectOption("tiepnhan");
            page.getByLabel("Tên gợi nhớ").fill("Kiểm tra trợ năng");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Cấp mã")).click();
            page.waitForURL("**/admin/tokens");
            assertThat(page.getByLabel("Mã truy cập (chỉ hiện một lần)").inputValue()).startsWith("mct_");
        }
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
        assertFitsAPhone(page);
    }

    /**
     * The page, laid out 390 px wide (a common phone), is no wider than that: wide tables scroll inside
     * their own box, never the whole page.
     */
    private static void assertFitsAPhone(Page page) {
        page.setViewportSize(PHONE_WIDTH, 844);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width at %d px: %s", PHONE_WIDTH, widest(page))
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }

    /** The elements that stick out past the phone's width, to say what to fix. */
    private static Object widest(Page page) {
        return page.evaluate("w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect()"
                + ".right > w).slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className"
                + " + ' ' + Math.round(e.getBoundingClientRect().right))", PHONE_WIDTH);
    }

    /** A finished import's page, with its table of rejected lines (nothing is imported). */
    private String finishedImport() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("a11y-", ".jsonl");
        java.nio.file.Files.writeString(file, "{\"MaHoSo\":\"A11Y-1\"}\nnot json\n");
        vn.motcua.integration.ImportJob job = imports.start(file, "lich-su.jsonl", "admin");
        vn.motcua.Await.until(() -> !imports.find(job.id()).orElseThrow().inProgress());
        return "/admin/import/" + job.id();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
