package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.eform.EForms;
import vn.motcua.population.PopulationGateway.Citizen;
import vn.motcua.population.PopulationGatewaySimulator;

/**
 * Issue 12's "done when" for e-forms: a new user logs in with VNeID in the simulator and submits a birth
 * registration whose e-form arrives prefilled from VNeID and the population database; its pages pass axe.
 */
@MotcuaIntegrationTest
class EFormJourneyTest {

    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    PopulationGatewaySimulator population;
    @Autowired
    EForms eforms;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aNewVneidUserSubmitsABirthRegistrationWhoseEFormArrivesPrefilled() {
        Citizen citizen = population.population().get(157);
        Page page = browser.newContext("http://localhost:" + port).newPage();
        page.navigate("/account/login");
        page.getByRole(AriaRole.LINK, named("Đăng nhập bằng VNeID")).click();
        page.getByLabel("Công dân khác (nhập số định danh và họ tên dưới đây)").check();
        page.getByLabel("Số định danh cá nhân").fill(citizen.idNumber());
        page.getByLabel("Họ và tên").fill(citizen.fullName());
        page.getByRole(AriaRole.BUTTON, named("Đăng nhập")).click();
        page.waitForURL(url -> !url.contains("/simulator/"));

        page.navigate("/submit/1.001193");
        page.getByRole(AriaRole.BUTTON, named("Bắt đầu")).click();
        page.getByLabel("Cho bản thân tôi").check();
        next(page);
        next(page);

        assertThat(page.getByLabel("Họ, chữ đệm và tên")).hasValue(citizen.fullName());
        assertThat(page.getByLabel("Họ, chữ đệm và tên")).hasAttribute("readonly", "");
        assertThat(page.getByLabel("Số định danh cá nhân")).hasValue(citizen.idNumber());
        assertThat(page.getByLabel("Nơi thường trú")).hasValue(citizen.permanentResidence().address());
        assertThat(page.getByText("Nguồn: Cơ sở dữ liệu quốc gia về dân cư").first()).isVisible();
        assertThat(page.getByText("Nguồn: tài khoản VNeID").first()).isVisible();
        Screenshots.take(page, "portal-eform-prefilled");
        assertNoWcagViolations(page);
        next(page);

        page.getByLabel("Họ, chữ đệm và tên").fill("Lò Minh Khôi");
        page.getByLabel("Ngày, tháng, năm sinh").fill("01/12/2026");
        page.getByLabel("Giới tính").selectOption("NAM");
        page.getByLabel("Nơi sinh").fill("Bệnh viện đa khoa tỉnh Điện Biên");
        page.getByLabel("Dân tộc").fill("Thái");
        page.getByLabel("Quốc tịch").fill("Việt Nam");
        page.getByLabel("Quan hệ của người yêu cầu với người được khai sinh").fill("Con");
        next(page);
        page.getByLabel("Họ, chữ đệm và tên của mẹ").fill("Quàng Thị Hoa");
        page.getByLabel("Ngày, tháng, năm sinh của mẹ").fill("03/04/1995");
        page.getByLabel("Số định danh cá nhân của mẹ").fill("011195004321");
        page.getByLabel("Có", new Page.GetByLabelOptions().setExact(true)).check();
        next(page);

        assertThat(page.getByText("Tờ khai điện tử đã điền")).isVisible();
        Locator byPost = page.getByLabel("Gửi bản giấy qua bưu điện");
        for (int i = 0; i < byPost.count(); i++) {
            byPost.nth(i).check();
        }
        next(page);
        page.getByLabel("Bản điện tử").check();
        page.getByLabel("Nơi tiếp nhận hồ sơ").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setIndex(1));
        next(page);
        page.getByRole(AriaRole.BUTTON, named("Cam đoan và nộp hồ sơ")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("Đã nộp hồ sơ"))).isVisible();
        String code = page.locator(".dossier-code").innerText().strip();
        assertThat(eforms.ofDossier(code)).hasValueSatisfying(form -> {
            assertThat(form.values()).containsEntry("hoTen", citizen.fullName())
                    .containsEntry("ngaySinh", citizen.birthDate().toString()).containsEntry("hoTenTre", "Lò Minh Khôi");
            assertThat(form.pdf()).isNotNull();
        });
    }

    private static void next(Page page) {
        page.getByRole(AriaRole.BUTTON, named("Tiếp tục")).click();
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static void assertNoWcagViolations(Page page) {
        Axe.assertNoViolations(page);
    }
}
