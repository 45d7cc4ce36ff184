package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
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
    void administratorFindsBirthRegistrationWithoutDiacriticsAndSeesItsSevenPartsAndProcess() {
        logInAsAdministrator();
        page.navigate("/");
        page.getByLabel("Bạn cần làm thủ tục gì?").fill("khai sinh");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm kiếm")).click();
        Locator results = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2));
        assertThat(results.first()).hasText("Thủ tục đăng ký khai sinh");

        results.first().getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Thủ tục đăng ký khai sinh");
        for (String part : List.of("1. Tên thủ tục", "2. Trình tự thực hiện", "3. Cách thức thực hiện",
                "4. Thành phần hồ sơ", "5. Thời hạn giải quyết", "6. Đối tượng thực hiện", "7. Cơ quan thực hiện")) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(part))).isVisible();
        }
        assertThat(page.locator("main")).containsText("Ủy ban nhân dân phường Điện Biên Phủ");
        Locator process = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Quy trình nội bộ"));
        assertThat(process.getByRole(AriaRole.ROW)).hasCount(6);
        assertThat(process).containsText("Chuyên viên");
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
