package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.archive.internal.Archiver;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.feedback.FeedbackFiling;
import vn.motcua.feedback.FeedbackItems;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.dossier.DossierView;
import vn.motcua.integration.HistoryImportJobs;
import vn.motcua.integration.ImportJob;
import vn.motcua.nationalcatalog.NationalCatalog;
import vn.motcua.nationalcatalog.NationalCatalogSimulator;
import vn.motcua.nationalcatalog.NationalProcedure;
import vn.motcua.notification.DemoMailbox;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationFixtures;
import vn.motcua.notification.NotificationKind;
import vn.motcua.organization.ApiTokenForm;
import vn.motcua.organization.ApiTokens;

/**
 * axe-core, run in Chromium, finds no WCAG 2.2 A/AA violation on the public, office and admin pages,
 * and each of them fits a 390 px wide phone without scrolling sideways. A page that answers an error
 * status or shows the error page fails, unless it is one of the {@link #EXPECTED_ERRORS}.
 *
 * <p>Each account logs in once and visits its pages in one browser tab (English pages in a tab of their
 * own, since the language is kept in a cookie).
 */
@MotcuaIntegrationTest
class AccessibilityTest {

    private static final int PHONE_WIDTH = 390;
    /** Pages meant to be errors, with the status they answer; they must still be accessible. */
    private static final Map<String, Integer> EXPECTED_ERRORS = Map.of("/no-such-page", 404);
    private static final String ANONYMOUS = "";

    private static Browser browser;
    /** One tab per account and language, logged in once. */
    private static final Map<String, Page> TABS = new HashMap<>();

    @LocalServerPort
    int port;
    @Autowired
    DossierFixtures fixtures;
    @Autowired
    NotificationFixtures notifications;
    @Autowired
    DemoMailbox mailbox;
    @Autowired
    ApiTokens tokens;
    @Autowired
    HistoryImportJobs imports;
    @Autowired
    MessageSource messages;
    @Autowired
    FeedbackItems feedback;
    @Autowired
    NationalCatalog nationalCatalog;
    @Autowired
    NationalCatalogSimulator nationalCatalogSimulator;
    @Autowired
    Archiver archiver;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        TABS.clear();
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/procedures", "/procedures?q=khai+sinh", "/procedures/1.001193",
        "/procedures/1.001193/versions", "/login", "/?lang=en", "/procedures/1.001612?lang=en", "/no-such-page",
        "/service-index", "/service-index?lang=en", "/service-index?month=1999-01", "/account/login",
        "/simulator/vneid/login", "/simulator/vneid/login?lang=en",
        "/follow/feedback/new", "/follow/feedback/new?lang=en", "/follow/feedback", "/follow/feedback/answers"})
    void publicPagesHaveNoWcagViolations(String path) {
        Page page = tab(ANONYMOUS, path);
        open(page, path);
        assertAccessible(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiepnhan /office", "tiepnhan /office/inbox", "tiepnhan /office/search?q=0110",
        "tiepnhan /office/reception?q=khai+sinh", "tiepnhan /office/reception/1.013859", "tiepnhan DOSSIER",
        "admin /admin", "admin /admin/units", "admin /admin/units/new", "admin /admin/officers",
        "admin /admin/officers/new",
        "admin /admin/procedures", "admin /admin/procedures/new", "admin /admin/procedures/1.001193/edit",
        "admin /admin/procedures/1.001193/retire", "admin /admin/calendar?year=2026",
        "giamsat /office/index", "giamsat /office/index?lang=en", "lanhdao.tuphap /office/index",
        "giamsat /office/index?period=range&from=2026-05-10&to=2026-05-01&hours=0",
        "giamsat /office/index/drill-down?criterion=1.3", "lanhdao.tuphap /office/index/drill-down?criterion=2.1",
        "giamsat /office/statistics", "giamsat /office/statistics?breakdown=procedure&lang=en",
        "lanhdao.tuphap /office/statistics?period=year", "giamsat /office/statistics?period=month&month=2026-13&breakdown=x",
        "admin /admin/index", "admin /admin/events", "admin /admin/national-portal",
        "admin /admin/national-portal/parity?from=2026-01-01&to=2026-12-31",
        "admin /admin/emc", "admin /admin/emc?lang=en",
        "admin /admin/tokens", "admin /admin/tokens/new", "admin TOKEN_REVOKE", "admin TOKEN_ISSUED",
        "admin /admin/import", "admin IMPORT", "admin IMPORT?lang=en", "admin /admin/logins",
        "lanhdao.tuphap /office/staff", "admin /office/staff", "admin /admin/officers/chuyenvien.tuphap",
        "admin /admin/procedures/1.001612", "admin /admin/units/000.01.31.H18",
        "admin /admin/notifications", "admin /admin/notifications/mailbox", "admin MAIL",
        "admin /admin/notifications/sms", "admin /admin/notifications/templates",
        "admin /admin/notifications/templates/LATE/EMAIL/vi", "admin /admin/notifications/officers",
        "admin /admin/notifications/officers/tiepnhan", "admin /admin/population",
        "giamsat /office/population-lookups",
        "chuyenvien.tuphap /office/feedback", "chuyenvien.tuphap FEEDBACK",
        "admin /admin/national-catalog", "admin /admin/national-catalog?status=NEW&lang=en", "admin NATIONAL_CHANGE",
        "admin /admin/procedures/1.001193/eform",
        "giamsat /office/archive", "admin ARCHIVED",
        "giamsat /office/archive/disposal?lang=en",
        "admin /admin/post", "admin /admin/archive/retention", "admin /admin/archive/retention?lang=en",
        "tiepnhan /office/scans?q=giay", "admin /admin/reading"})
    void officePagesHaveNoWcagViolations(String officerAndPath) throws Exception {
        String[] parts = officerAndPath.split(" ");
        String query = parts[1].replaceAll("^[^?]*", "");
        String path = switch (parts[1].replaceAll("\\?.*", "")) {
            case "DOSSIER" -> "/office/dossiers/" + fixtures.receiveNotaryCard("011090007777", "Mùa A Chứ").code();
            case "TOKEN_REVOKE" -> "/admin/tokens/" + tokens.issue(new ApiTokenForm(
                    "tiepnhan", "Kiểm tra trợ năng", ""), "admin").token().id() + "/revoke";
            case "TOKEN_ISSUED" -> "/admin/tokens/new";
            case "IMPORT" -> finishedImport() + query;
            case "MAIL" -> "/admin/notifications/mailbox/" + mailNumber();
            case "FEEDBACK" -> "/office/feedback/" + feedback.file(new FeedbackFiling(FeedbackKind.COMPLAINT,
                    "Kiểm tra trợ năng", "Nội dung", "Mùa A Chứ", null,
                    fixtures.receiveNotaryCard("011090007778", "Mùa A Chứ").code(), null), null, null, List.of()).code();
            case "NATIONAL_CHANGE" -> nationalChange();
            case "ARCHIVED" -> "/office/archive/" + archivedDossier();
            default -> parts[1];
        };
        Page page = tab(parts[0], path);
        open(page, path);
        if (parts[1].equals("TOKEN_ISSUED")) {
            // The page that shows a new token's secret exists only right after issuing one.
            page.getByLabel("Cán bộ sở hữu").selectOption("tiepnhan");
            page.getByLabel("Tên gợi nhớ").fill("Kiểm tra trợ năng");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cấp mã")).click();
            page.waitForURL("**/admin/tokens");
            assertNoErrorPage(page, path);
            assertThat(page.getByLabel("Mã truy cập (chỉ hiện một lần)").inputValue()).startsWith("mct_");
        }
        assertAccessible(page);
    }

    /** The tab of an account (logged in on first use) for pages in Vietnamese, or in English. */
    private Page tab(String account, String path) {
        String key = account + (path.contains("lang=en") ? " en" : "");
        return TABS.computeIfAbsent(key, k -> {
            Page page = browser.newContext("http://localhost:" + port).newPage();
            if (!account.equals(ANONYMOUS)) {
                page.navigate("/login");
                page.getByLabel("Tên đăng nhập").fill(account);
                page.getByLabel("Mật khẩu").fill("motcua-demo");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
                page.waitForURL("**/office");
            }
            return page;
        });
    }

    /** Opens the page at a desktop's size, and fails on an error unless the page is meant to be one. */
    private void open(Page page, String path) {
        page.setViewportSize(1280, 720);
        Response response = page.navigate(path);
        Integer expected = EXPECTED_ERRORS.get(path);
        if (expected != null) {
            assertThat(response.status()).as(path).isEqualTo(expected);
            return;
        }
        assertThat(response.status()).as("%s answered %d", path, response.status()).isLessThan(400);
        assertNoErrorPage(page, path);
    }

    private void assertNoErrorPage(Page page, String path) {
        List<String> errorTitles = List.of(messages.getMessage("error.title", null, Locale.forLanguageTag("vi")),
                messages.getMessage("error.title", null, Locale.ENGLISH));
        assertThat(page.locator("main h1").allTextContents()).as("%s shows the error page", path)
                .doesNotContainAnyElementsOf(errorTitles);
    }

    private static void assertAccessible(Page page) {
        Axe.assertNoViolations(page);
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
    /** The page of a national procedure changed since the province took it in, with its changes and the form. */
    private String nationalChange() {
        nationalCatalog.syncNow();
        nationalCatalogSimulator.serve(nationalCatalogSimulator.bundled().stream().map(p -> p.code().equals("1.001193")
                ? new NationalProcedure(p.code(), p.name() + " (sửa đổi)", p.decision(), p.field(), p.applicants(),
                        p.result(), p.resultCode(), p.ministry(), p.source(), p.levels()) : p).toList());
        try {
            nationalCatalog.syncNow();
        } finally {
            nationalCatalogSimulator.reset();
        }
        return "/admin/national-catalog/1.001193";
    }

    private String finishedImport() throws Exception {
        Path file = Files.createTempFile("a11y-", ".jsonl");
        Files.writeString(file, "{\"MaHoSo\":\"A11Y-1\"}\nnot json\n");
        ImportJob job = imports.start(file, "lich-su.jsonl", "admin");
        Await.until(() -> !imports.find(job.id()).orElseThrow().inProgress());
        return "/admin/import/" + job.id();
    }

    /** The code of a dossier withdrawn at the counter, archived at once (the listener would do it later too). */
    private String archivedDossier() {
        DossierView received = fixtures.receiveCopyCertification("011090007778");
        String code = fixtures.act("tiepnhan.dienbienphu", received,
                new DossierCommand.Withdraw("Người nộp xin rút hồ sơ")).code();
        archiver.archive(code, java.time.Instant.now());
        return code;
    }

    /** Only this test writes to this address. */
    private static final String MAIL_ADDRESS = "a11y@example.vn";

    /** The number of a mail in the demo mailbox: the receipt of a dossier whose applicant gave an e-mail. */
    private int mailNumber() throws Exception {
        String code = notifications.receiveAtCounter(null, MAIL_ADDRESS).code();
        notifications.awaitSent(code, NotificationKind.RECEIVED, NotificationChannel.EMAIL);
        // Found by its recipient, not its subject: other tests may have changed the template's wording.
        Await.until(() -> mailbox.all().stream().anyMatch(mail -> mail.to().equals(MAIL_ADDRESS)));
        return mailbox.all().stream().filter(mail -> mail.to().equals(MAIL_ADDRESS)).findFirst().orElseThrow()
                .number();
    }

}
