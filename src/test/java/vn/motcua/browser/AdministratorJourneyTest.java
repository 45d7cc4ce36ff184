package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;

/** What a new user of the demo does first, in a real browser: log in as the administrator and look around. */
@MotcuaIntegrationTest
class AdministratorJourneyTest {

    private static Browser browser;

    @LocalServerPort
    int port;

    Page page;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void openPage() {
        BrowserContext context = browser.newContext("http://localhost:" + port);
        page = context.newPage();
    }

    private void logInAsAdministrator() {
        page.navigate("/login");
        page.getByLabel("Tên đăng nhập").fill("admin");
        page.getByLabel("Mật khẩu").fill("motcua-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Nguyễn Văn Quản");
    }

    @Test
    void administratorLogsInAndSeesTheYearsHolidays() {
        logInAsAdministrator();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quản trị")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lịch làm việc")).click();
        page.navigate("/admin/calendar?year=2026");
        assertThat(page.locator("table").first()).containsText("Tết Nguyên đán");
        assertThat(page.locator("table").first()).containsText("Giỗ Tổ Hùng Vương");
    }

    @Test
    void wrongPasswordIsExplainedAndTheUsernameKept() {
        page.navigate("/login");
        page.getByLabel("Tên đăng nhập").fill("admin");
        page.getByLabel("Mật khẩu").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("không đúng");
    }

    @Test
    void theSiteSwitchesToEnglishAndBack() {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Find an administrative procedure");
        page.navigate("/login");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Officer login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếng Việt")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Đăng nhập dành cho cán bộ");
    }
}
