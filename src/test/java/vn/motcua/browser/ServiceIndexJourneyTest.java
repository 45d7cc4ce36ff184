package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.TestUnits;
import vn.motcua.index.Criterion;
import vn.motcua.index.CriterionScore;
import vn.motcua.index.DossierHistory;
import vn.motcua.index.DrillDownLine;
import vn.motcua.index.IndexDrillDown;
import vn.motcua.index.GeneratedHistory;
import vn.motcua.index.IndexQueries;
import vn.motcua.index.IndexReport;
import vn.motcua.index.Ranking;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.web.serviceindex.IndexLabels;

/**
 * The index in Chromium: a visitor opens the public dashboard from the header and reads the
 * province's score, its six groups, the year's trend and both rankings, and picks another month; a
 * supervisor opens the leaders' view, picks a commune and a month, and follows a number to the
 * dossiers behind it. A year of generated history (2049–2050) in a few units gives the pages shape.
 */
@MotcuaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceIndexJourneyTest {

    static final String COMMUNE = "000.95.31.H18";
    static final String COMMUNE_NAME = "Xã Thử Nghiệm Trình Duyệt";
    static final List<String> WITH_HISTORY = List.of(COMMUNE, "000.00.04.H18", "000.00.06.H18", "000.02.31.H18",
            "000.05.31.H18");
    static final LocalDateTime NOW = LocalDateTime.parse("2050-03-16T10:00");
    static final YearMonth MARCH = YearMonth.of(2050, 3);

    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    IndexQueries queries;
    @Autowired
    IndexLabels labels;
    @Autowired
    IndexDrillDown drillDowns;
    @Autowired
    MessageSource messages;

    @BeforeAll
    void startBrowserAndRecordHistory(@Autowired UnitDirectory units, @Autowired DossierHistory history) {
        browser = new Browser();
        TestUnits.commune(units, COMMUNE, COMMUNE_NAME);
        for (int i = 0; i < WITH_HISTORY.size(); i++) {
            String unit = WITH_HISTORY.get(i);
            history.record(new GeneratedHistory(2050 + i, unit, "JRN-" + unit + "-").dossiers(240,
                    LocalDateTime.parse("2049-03-20T07:00"), LocalDateTime.parse("2050-03-13T17:00")));
        }
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void at() {
        clock.setLocal(NOW);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aVisitorReadsTheProvincesScoreGroupsTrendAndRankings() {
        Page page = browser.newContext("http://localhost:" + port).newPage();
        page.setViewportSize(1280, 900);
        page.navigate("/");
        page.getByRole(AriaRole.LINK, named("Chỉ số phục vụ")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Chỉ số phục vụ người dân, doanh nghiệp");

        IndexReport province = queries.report(null, MARCH.atDay(1), NOW.toLocalDate());
        assertThat(page.locator(".big-score strong")).hasText(labels.score(province.total(), Locale.of("vi")));
        Locator groups = page.locator(".group-scores > li");
        assertThat(groups).hasCount(6);
        assertThat(groups.nth(1)).containsText("2. Tiến độ giải quyết");
        assertThat(groups.nth(1)).containsText(labels.score(province.groups().get(1).score(), Locale.of("vi")) + " / 20");

        Locator chart = page.getByRole(AriaRole.IMG,
                named("Điểm chỉ số của tỉnh theo tháng, từ 04/2049 đến 03/2050"));
        assertThat(chart).isVisible();
        assertThat(chart.locator("circle")).hasCount(12);
        page.getByText("Bảng số liệu của biểu đồ").click();
        assertThat(page.getByRole(AriaRole.TABLE, named("Điểm chỉ số của tỉnh theo tháng, từ 04/2049 đến 03/2050"))
                .getByRole(AriaRole.ROW)).hasCount(13);

        for (Ranking.Group group : Ranking.Group.values()) {
            Ranking ranking = queries.ranking(group, MARCH);
            String caption = (group == Ranking.Group.DEPARTMENTS ? "Xếp hạng các sở, ban, ngành" : "Xếp hạng các xã, phường")
                    + " tháng 03/2050";
            Locator table = page.getByRole(AriaRole.TABLE, named(caption));
            assertThat(table.getByRole(AriaRole.ROW)).hasCount(ranking.rows().size() + ranking.withoutData().size() + 1);
            assertThat(table.getByRole(AriaRole.ROW).nth(1)).containsText(ranking.rows().getFirst().name());
        }
        Screenshots.take(page, "index-dashboard");

        page.getByLabel("Tháng").first().fill("2050-02");
        page.getByRole(AriaRole.BUTTON, named("Xem")).click();
        IndexReport february = queries.report(null, LocalDate.parse("2050-02-01"), LocalDate.parse("2050-02-28"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Điểm của tỉnh tháng 02/2050"))).isVisible();
        assertThat(page.locator(".big-score strong")).hasText(labels.score(february.total(), Locale.of("vi")));
    }

    @Test
    void aSupervisorFollowsANumberOfTheLeadersViewToTheDossiersBehindIt() {
        Page page = browser.newContext("http://localhost:" + port).newPage();
        page.setViewportSize(1280, 900);
        page.navigate("/login");
        page.getByLabel("Tên đăng nhập").fill("giamsat");
        page.getByLabel("Mật khẩu").fill("motcua-demo");
        page.getByRole(AriaRole.BUTTON, named("Đăng nhập")).click();
        page.getByRole(AriaRole.LINK, named("Theo dõi chỉ số phục vụ")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Chỉ số phục vụ: Ủy ban nhân dân tỉnh");

        page.getByLabel("Đơn vị").selectOption(COMMUNE);
        page.getByLabel("Tháng (kỳ tháng)").fill("2050-02");
        page.getByRole(AriaRole.BUTTON, named("Xem chỉ số")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Chỉ số phục vụ: " + COMMUNE_NAME);
        CriterionScore onTime = queries.report(COMMUNE, LocalDate.parse("2050-02-01"), LocalDate.parse("2050-02-28"))
                .criterion(Criterion.ON_TIME);
        Locator numerator = page.getByRole(AriaRole.LINK, named(onTime.numerator() + " đạt tiêu chí 2.1"));
        assertThat(numerator).isVisible();
        Screenshots.take(page, "index-leaders-view");

        numerator.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("2.1 Hồ sơ giải quyết đúng hạn");
        assertThat(page.locator("main")).containsText(onTime.numerator() + " / " + onTime.denominator());
        DrillDownLine first = drillDowns.of(COMMUNE, LocalDate.parse("2050-02-01"), LocalDate.parse("2050-02-28"),
                Criterion.ON_TIME, 0, 1).lines().getFirst();
        Locator line = page.locator("#drill-down tbody tr").first();
        assertThat(line).containsText(first.code());
        assertThat(line).containsText("Mất điểm");
        assertThat(line).containsText(messages.getMessage(first.reason().key(), first.reason().arguments().toArray(),
                Locale.of("vi")));
        Screenshots.take(page, "index-drill-down");
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }
}
