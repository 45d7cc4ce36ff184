package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.web.OfficeSamples;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;

/**
 * A citizen applies online in Chromium, from the home page to the confirmation with a dossier code;
 * then the officers of the ward chosen as receiving unit accept and handle the dossier to its return.
 * Every page of the wizard, blank and refused, passes axe-core's WCAG 2.2 A/AA rules.
 */
@MotcuaIntegrationTest
class CitizenSubmissionJourneyTest {

    private static final String PROCEDURE = "/submit/1.001612";
    private static final String WARD = "000.01.31.H18";
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    DossierFixtures fixtures;
    @Autowired
    DossierQueries queries;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aCitizenAppliesOnlineTheWardHandlesItAndTheCitizenFollowsItToTheResultAndRatesIt(@TempDir Path files)
            throws IOException {
        Path pdf = Files.write(files.resolve("giay-to.pdf"),
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Page page = browser.newContext("http://localhost:" + port).newPage();

        page.navigate("/");
        Screenshots.take(page, "portal-home");
        page.getByLabel("Bạn cần làm thủ tục gì?").fill("ho kinh doanh");
        page.getByRole(AriaRole.BUTTON, named("Tìm kiếm")).click();
        page.getByRole(AriaRole.LINK, named("Đăng ký thành lập hộ kinh doanh").setExact(true)).click();
        assertThat(page.getByText("ngày hẹn trả kết quả dự kiến")).isVisible();
        Screenshots.take(page, "portal-procedure");
        page.getByRole(AriaRole.LINK, named("Nộp hồ sơ trực tuyến")).click();
        page.getByRole(AriaRole.BUTTON, named("Bắt đầu")).click();

        page.getByLabel("Cho bản thân tôi").check();
        next(page);
        page.getByLabel("Họ và tên").fill("Lò Văn Pánh");
        page.getByLabel("Số định danh cá nhân").fill("011090002468");
        page.getByLabel("Số điện thoại").fill("0912 345 678");
        next(page);
        Locator components = page.locator("fieldset.component");
        for (int i = 0; i < components.count(); i++) {
            components.nth(i).getByLabel("Tải tệp lên").check();
            components.nth(i).getByLabel("Chọn tệp").setInputFiles(pdf);
        }
        Screenshots.take(page, "portal-submit-documents");
        next(page);
        page.getByLabel("Bản điện tử").check();
        page.getByLabel("Nơi tiếp nhận hồ sơ").selectOption(WARD);
        next(page);

        assertThat(page.getByRole(AriaRole.HEADING, named("Kiểm tra lại trước khi nộp"))).isVisible();
        assertThat(page.getByText("Ủy ban nhân dân phường Điện Biên Phủ")).isVisible();
        assertThat(page.getByText("(giay-to.pdf)")).hasCount(4);
        Screenshots.take(page, "portal-submit-check");
        page.getByRole(AriaRole.BUTTON, named("Cam đoan và nộp hồ sơ")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("Đã nộp hồ sơ"))).isVisible();
        String code = page.locator(".dossier-code").innerText().strip();
        assertThat(code).matches("000\\.01\\.31\\.H18-\\d{6}-\\d{4}");
        Screenshots.take(page, "portal-submit-confirmation");
        assertNoWcagViolations(page);

        DossierView d = queries.get(fixtures.officer("tiepnhan.dienbienphu"), code);
        assertThat(d.status()).isEqualTo(DossierStatus.NEW);
        assertThat(d.components()).allSatisfy(c -> assertThat(c.files()).hasSize(1));
        d = fixtures.act("tiepnhan.dienbienphu", d, new DossierCommand.Accept("Hồ sơ đầy đủ"));
        d = fixtures.act("tiepnhan.dienbienphu", d, new DossierCommand.CompleteStep("Chuyển chuyên viên"));
        d = fixtures.act("chuyenvien.dienbienphu", d, new DossierCommand.CompleteStep("Đủ điều kiện"));
        d = fixtures.act("lanhdao.dienbienphu", d, new DossierCommand.CompleteStep("Đồng ý cấp"));
        // Returned electronically: the result needs its file.
        d = fixtures.act("vanthu.dienbienphu", d, new DossierCommand.MarkDone("Giấy chứng nhận số 01/HKD",
                List.of(fixtures.stored("vanthu.dienbienphu", "giay-chung-nhan-hkd.pdf", OfficeSamples.pdf()))));
        d = fixtures.act("tiepnhan.dienbienphu", d, new DossierCommand.ReturnResult(ReturnMethod.ELECTRONIC, null));
        assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);

        // Back on the confirmation page, the citizen follows the dossier to its result and rates it.
        page.getByRole(AriaRole.LINK, named("Theo dõi hồ sơ")).click();
        page.getByLabel("Số định danh cá nhân hoặc mã số thuế của người đứng tên hồ sơ").fill("011090002468");
        page.getByRole(AriaRole.BUTTON, named("Tra cứu")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Hồ sơ " + code))).isVisible();
        assertThat(page.locator("#status")).hasText("Đã trả kết quả");
        assertThat(page.getByRole(AriaRole.LINK, named("Kết quả " + code + "-KQ1: giay-chung-nhan-hkd.pdf")))
                .isVisible();
        Screenshots.take(page, "portal-follow-returned");
        page.getByLabel("Hài lòng", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, named("Gửi đánh giá")).click();
        assertThat(page.getByText("Bạn đã đánh giá hồ sơ này: Hài lòng")).isVisible();
    }

    /** A wizard page as a new visitor reaches it; "!" after the page: after continuing without answering. */
    @ParameterizedTest
    @ValueSource(strings = {"START", "who", "who!", "applicant", "applicant!", "documents", "documents!", "result",
        "result!", "check", "check!", "who?lang=en", "documents!?lang=en", "/", "/procedures?q=ho+kinh+doanh&online=true",
        "/procedures/1.001612"})
    void wizardAndPortalPagesHaveNoWcagViolations(String step) {
        Page page = browser.newContext("http://localhost:" + port).newPage();
        if (step.startsWith("/")) {
            page.navigate(step);
        } else {
            open(page, step.replace("!", ""));
            if (step.contains("!")) {
                page.locator("main button[type=submit]").last().click();
                assertThat(page.locator(".error-summary")).isVisible();
            }
        }
        assertNoWcagViolations(page);
    }

    private static void open(Page page, String step) {
        page.navigate(PROCEDURE + (step.contains("?") ? step.substring(step.indexOf('?')) : ""));
        if (step.equals("START")) {
            return;
        }
        page.locator("main form button[type=submit]").click();
        if (!step.startsWith("who")) {
            page.locator("#applyingAs").check();
            page.locator("main form button[type=submit]").click();
            page.navigate(PROCEDURE + "/" + step);
        }
    }

    private static void next(Page page) {
        page.getByRole(AriaRole.BUTTON, named("Tiếp tục").setExact(true)).click();
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static void assertNoWcagViolations(Page page) {
        Axe.assertNoViolations(page);
    }
}
