package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierView;
import vn.motcua.web.OfficeSamples;
import vn.motcua.web.portal.PortalFixtures;

/**
 * A citizen's side of a walk-in dossier, in Chromium: the officers act through the fixtures, the
 * citizen only through what the portal shows. Also axe-core on every applicant page.
 */
@MotcuaIntegrationTest
class ApplicantJourneyTest {

    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    PortalFixtures fixtures;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private Page newPage() {
        return browser.newContext("http://localhost:" + port).newPage();
    }

    private static void follow(Page page, DossierView dossier) {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tra cứu hồ sơ")).click();
        page.getByLabel("Mã hồ sơ", new Page.GetByLabelOptions().setExact(true)).fill(dossier.code());
        page.getByLabel("Số định danh cá nhân hoặc mã số thuế của người đứng tên hồ sơ")
                .fill(dossier.applicant().idNumber());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hồ sơ " + dossier.code());
    }

    @Test
    void aCitizenFollowsTheirDossierSupplementsItOnlineDownloadsAndRatesTheResult() throws IOException {
        DossierView d = fixtures.waitingForSupplement(PortalFixtures.newIdNumber(), "Lầu Thị Dợ");
        Page page = newPage();
        follow(page, d);
        assertThat(page.locator("#status")).hasText("Chờ bổ sung hồ sơ");
        assertThat(page.getByText(PortalFixtures.MISSING).first()).isVisible();

        Path scan = Files.createTempFile("quyet-dinh", ".pdf");
        Files.write(scan, OfficeSamples.pdf());
        page.getByLabel(PortalFixtures.MISSING).setInputFiles(scan);
        page.getByLabel("Ghi chú gửi cơ quan giải quyết (không bắt buộc)").fill("Bản sao đã chứng thực");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi hồ sơ bổ sung")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã ghi nhận");
        assertThat(page.locator("#status")).hasText("Đang xử lý");

        fixtures.finishAndReturn(d.code());
        page.reload();
        assertThat(page.locator("#status")).hasText("Đã trả kết quả");
        Download result = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Kết quả " + d.code() + "-KQ1: " + PortalFixtures.RESULT_FILE)).click());
        assertThat(result.suggestedFilename()).isEqualTo(PortalFixtures.RESULT_FILE);
        assertThat(new String(Files.readAllBytes(result.path()), StandardCharsets.ISO_8859_1))
                .as("the file uploaded, sealed by the unit").startsWith("%PDF").contains("/ETSI.CAdES.detached");
        page.getByLabel("Rất hài lòng").check();
        page.getByLabel("Góp ý (không bắt buộc)").fill("Cán bộ hướng dẫn tận tình");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đánh giá")).click();
        assertThat(page.getByText("Bạn đã đánh giá hồ sơ này: Rất hài lòng")).isVisible();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/follow", "/follow?lang=en", "/account/login", "/account/register",
        "FOLLOWED /follow/CODE", "FOLLOWED /follow/CODE/supplement", "FOLLOWED /follow/CODE/withdraw",
        "FOLLOWED /follow/CODE?lang=en", "LOGGED_IN /account/dossiers", "LOGGED_IN /account/documents",
        "LOGGED_IN /account/password"})
    void applicantPagesHaveNoWcagViolations(String path) {
        Page page = newPage();
        String target = path;
        if (path.startsWith("FOLLOWED ")) {
            DossierView d = fixtures.waitingForSupplement(PortalFixtures.newIdNumber(), "Lầu Thị Dợ");
            follow(page, d);
            target = path.substring("FOLLOWED ".length()).replace("CODE", d.code());
        } else if (path.startsWith("LOGGED_IN ")) {
            logInNewCitizen(page);
            target = path.substring("LOGGED_IN ".length());
        }
        page.navigate(target);
        if (path.equals("/account/register")) {
            // The form with its error summary is the harder case.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký")).click();
        }
        Axe.assertNoViolations(page);
    }

    /** Registers a citizen who has one dossier, and logs in through the header's link, through the forms' labels. */
    private void logInNewCitizen(Page page) {
        String idNumber = PortalFixtures.newIdNumber();
        fixtures.received(idNumber, "Lầu Thị Dợ");
        page.navigate("/account/register");
        page.getByLabel("Tên đăng nhập").fill("dan" + idNumber);
        page.getByLabel("Công dân").check();
        page.getByLabel("Số định danh cá nhân hoặc mã số thuế").fill(idNumber);
        page.getByLabel("Họ và tên hoặc tên tổ chức").fill("Lầu Thị Dợ");
        page.getByLabel("Số điện thoại").fill("0912345678");
        page.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill("mot cau chuyen dai");
        page.getByLabel("Nhập lại mật khẩu").fill("mot cau chuyen dai");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký")).click();
        page.getByLabel("Tên đăng nhập").fill("dan" + idNumber);
        page.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill("mot cau chuyen dai");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).click();
        page.waitForURL("**/account/dossiers");
    }
}
