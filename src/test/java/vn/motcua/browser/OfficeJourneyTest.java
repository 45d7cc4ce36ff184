package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.web.OfficeSamples;

/**
 * A walk-in dossier from the counter to the returned result, in Chromium, each officer in their own
 * browser acting only through what they see: reception, a supplement round, appraisal, approval,
 * the records office, and the return at the counter.
 */
@MotcuaIntegrationTest
class OfficeJourneyTest {

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private Page logIn(String username) {
        Page page = browser.newContext("http://localhost:" + port).newPage();
        page.navigate("/login");
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill("motcua-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        return page;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    /**
     * Opens the dossier as a handler does: the unit's inbox, then the search by code (other tests share
     * the database, so the inbox's first page may be full of earlier dossiers).
     */
    private Page openFromInbox(String username, String code) {
        Page page = logIn(username);
        page.getByRole(AriaRole.LINK, named("Hồ sơ cần xử lý")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        Screenshots.take(page, "office-inbox");
        page.getByRole(AriaRole.LINK, named("Tìm hồ sơ")).first().click();
        page.getByLabel("Mã hồ sơ, số định danh hoặc tên người nộp").fill(code);
        page.getByRole(AriaRole.BUTTON, named("Tìm")).click();
        page.getByRole(AriaRole.LINK, named(code)).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Hồ sơ " + code))).isVisible();
        return page;
    }

    private static void act(Page page, String action) {
        page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName(action))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã thực hiện: " + action);
    }

    @Test
    void aWalkInDossierIsReceivedHandledWithOneSupplementRoundAndReturned() throws IOException {
        Path scan = Files.createTempFile("don-de-nghi", ".pdf");
        Files.write(scan, OfficeSamples.pdf());

        Page counter = logIn("tiepnhan");
        counter.getByRole(AriaRole.LINK, named("Tiếp nhận hồ sơ trực tiếp")).click();
        counter.getByLabel("Tìm thủ tục (tên hoặc mã)").fill("1.013859");
        counter.getByRole(AriaRole.BUTTON, named("Tìm")).click();
        counter.getByRole(AriaRole.LINK, named("Cấp thẻ công chứng viên")).click();
        counter.getByLabel("Đối tượng").selectOption("CITIZEN");
        counter.getByLabel("Số định danh cá nhân hoặc mã số tổ chức").fill("011090004321");
        counter.getByLabel("Họ và tên hoặc tên tổ chức").fill("Lường Thị Mai");
        counter.getByLabel("Số điện thoại").fill("0915123456");
        counter.getByLabel("Địa chỉ", new Page.GetByLabelOptions().setExact(true)).fill("Phường Điện Biên Phủ");
        Locator application = counter.getByRole(AriaRole.GROUP, named("Đơn đề nghị cấp thẻ công chứng viên"));
        application.getByLabel("Đã nhận").check();
        application.getByLabel("Bản quét").setInputFiles(scan);
        // The other two components are required too (bắt buộc): the counter receives a complete dossier.
        counter.locator("fieldset.component").nth(1).getByLabel("Đã nhận").check();
        counter.locator("fieldset.component").nth(2).getByLabel("Đã nhận").check();
        Screenshots.take(counter, "office-reception");
        counter.getByRole(AriaRole.BUTTON, named("Tiếp nhận và cấp giấy hẹn")).click();

        Locator heading = counter.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        assertThat(heading).containsText("Hồ sơ 000.00.01.H18-");
        String code = heading.textContent().replace("Hồ sơ ", "").strip();
        assertThat(counter.getByRole(AriaRole.LINK, named("Giấy tiếp nhận hồ sơ và hẹn trả kết quả (PDF)")))
                .isVisible();
        assertThat(counter.getByRole(AriaRole.LINK, named(scan.getFileName().toString()))).isVisible();
        act(counter, "Hoàn thành bước, chuyển tiếp");

        Page specialist = openFromInbox("chuyenvien.tuphap", code);
        Locator request = specialist.getByRole(AriaRole.FORM, named("Yêu cầu bổ sung hồ sơ"));
        request.getByLabel("Giấy tờ 1").fill("Ảnh 2x3 cm");
        request.getByLabel("Lý do 1").fill("Thiếu 02 ảnh chân dung");
        act(specialist, "Yêu cầu bổ sung hồ sơ");
        assertThat(specialist.locator("main")).containsText("Chờ bổ sung hồ sơ");

        Page counterAgain = logIn("tiepnhan");
        counterAgain.getByRole(AriaRole.LINK, named("Tìm hồ sơ")).first().click();
        counterAgain.getByLabel("Mã hồ sơ, số định danh hoặc tên người nộp").fill("011090004321");
        counterAgain.getByRole(AriaRole.BUTTON, named("Tìm")).click();
        counterAgain.getByRole(AriaRole.LINK, named(code)).click();
        assertThat(counterAgain.getByRole(AriaRole.FORM, named("Ghi nhận bổ sung hồ sơ"))).containsText("Ảnh 2x3 cm");
        act(counterAgain, "Ghi nhận bổ sung hồ sơ");

        act(openFromInbox("chuyenvien.tuphap", code), "Hoàn thành bước, chuyển tiếp");
        act(openFromInbox("lanhdao.tuphap", code), "Hoàn thành bước, chuyển tiếp");
        Page clerk = openFromInbox("vanthu.tuphap", code);
        Path result = Files.createTempFile("quyet-dinh-cap-the", ".pdf");
        Files.write(result, OfficeSamples.pdf());
        clerk.getByRole(AriaRole.FORM, named("Hoàn thành, chuyển trả kết quả")).getByLabel("Tệp kết quả")
                .setInputFiles(result);
        act(clerk, "Hoàn thành, chuyển trả kết quả");
        assertThat(clerk.getByRole(AriaRole.LINK, named(code + "-KQ1: " + result.getFileName()))).isVisible();

        Page returning = openFromInbox("tiepnhan", code);
        assertThat(returning.getByRole(AriaRole.LINK, named(code + "-KQ1: " + result.getFileName()))).isVisible();
        act(returning, "Trả kết quả");
        assertThat(returning.locator("dl.facts").first()).containsText("Đã trả kết quả");
        Screenshots.take(returning, "office-dossier-returned");
        Locator sheet = returning.getByRole(AriaRole.TABLE, named("Phiếu kiểm soát quá trình giải quyết hồ sơ"));
        assertThat(sheet.locator("tbody tr")).hasCount(8);
        for (String handOver : List.of("Tiếp nhận hồ sơ", "Yêu cầu bổ sung hồ sơ", "Ghi nhận bổ sung hồ sơ",
                "Hoàn thành bước, chuyển tiếp", "Hoàn thành, chuyển trả kết quả", "Trả kết quả")) {
            assertThat(sheet).containsText(handOver);
        }
        assertThat(sheet).containsText("Sở Tư pháp");
    }
}
