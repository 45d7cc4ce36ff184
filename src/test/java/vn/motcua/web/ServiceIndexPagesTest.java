package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.TestUnits;
import vn.motcua.index.DossierHistory;
import vn.motcua.index.GeneratedHistory;
import vn.motcua.index.GroupScore;
import vn.motcua.index.IndexQueries;
import vn.motcua.index.IndexReport;
import vn.motcua.index.Ranking;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.web.export.Xlsx;
import vn.motcua.web.serviceindex.IndexLabels;

/**
 * The public dashboard of the index shows, without login, what the index module computes: the
 * province's score and groups for the month, twelve months of trend, both rankings with their
 * changes; and the rankings download as CSV and xlsx. A commune of its own gets a generated history
 * in 2043, so its row is known; every other number is compared with the module's at the same moment.
 */
@MotcuaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceIndexPagesTest {

    static final String UNIT = "000.97.31.H18";
    static final String UNIT_NAME = "Xã Thử Nghiệm Bảng Chỉ Số";
    static final LocalDateTime NOW = LocalDateTime.parse("2043-03-16T10:00");
    static final YearMonth MARCH = YearMonth.of(2043, 3);
    static final Locale VIETNAMESE = Locale.of("vi");

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestClock clock;
    @Autowired
    IndexQueries queries;
    @Autowired
    IndexLabels labels;

    MockMvc mvc;

    @BeforeAll
    void history(@Autowired UnitDirectory units, @Autowired DossierHistory history) {
        TestUnits.commune(units, UNIT, UNIT_NAME);
        history.record(new GeneratedHistory(4343, UNIT, "DSH-").dossiers(400,
                LocalDateTime.parse("2042-12-01T07:00"), LocalDateTime.parse("2043-03-13T17:00")));
    }

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
        clock.setLocal(NOW);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anyoneSeesTheProvinceScoreItsSixGroupsTheTrendAndBothRankings() throws Exception {
        String html = page("/service-index");
        IndexReport province = queries.report(null, MARCH.atDay(1), NOW.toLocalDate());

        assertThat(html).contains("Điểm của tỉnh tháng 03/2043")
                .contains("<strong>" + labels.score(province.total(), VIETNAMESE) + "</strong>")
                .contains("Từ 01/03/2043 đến hôm nay (16/03/2043)");
        assertThat(province.groups()).hasSize(6);
        for (GroupScore group : province.groups()) {
            assertThat(html).contains(group.id() + ". " + group.name())
                    .contains(labels.score(group.score(), VIETNAMESE) + " / " + group.max());
        }
        // 6.1 and 6.2 are measured from the feedback module now: every criterion is measured
        assertThat(html).doesNotContain("Chưa đo được").doesNotContain("Gồm tiêu chí chưa đo được");

        assertThat(html).contains("<svg").contains("<title id=\"trend-title\">Điểm chỉ số của tỉnh theo tháng, từ 04/2042 đến 03/2043</title>")
                .contains("<desc id=\"trend-desc\">Biểu đồ đường.");
        List<IndexReport> trend = queries.trend(null, YearMonth.of(2042, 4), YearMonth.of(2043, 2));
        for (IndexReport month : trend) {
            String label = String.format("%02d/%d", month.from().getMonthValue(), month.from().getYear());
            assertThat(html).as("the data table's row of " + label).containsPattern(Pattern.quote(
                    "<th scope=\"row\">" + label + "</th>") + "\\s*" + Pattern.quote("<td class=\"number\">"
                    + labels.score(month.total(), VIETNAMESE) + "</td>"));
        }

        for (Ranking ranking : List.of(queries.ranking(Ranking.Group.DEPARTMENTS, MARCH),
                queries.ranking(Ranking.Group.COMMUNES, MARCH))) {
            assertThat(ranking.rows()).isNotEmpty();
            for (Ranking.Row row : ranking.rows()) {
                assertThat(html).as(row.name()).containsPattern(Pattern.quote("<td>" + row.rank() + "</td>") + "\\s*"
                        + Pattern.quote("<th scope=\"row\">" + row.name() + "</th>") + "\\s*"
                        + Pattern.quote("<td class=\"number\">" + labels.score(row.score(), VIETNAMESE) + "</td>"));
            }
        }
        Ranking departments = queries.ranking(Ranking.Group.DEPARTMENTS, MARCH);
        assertThat(departments.withoutData()).as("the demo's culture department has no procedure and no dossier")
                .contains(new Ranking.Unranked("000.00.08.H18", "Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên"));
        assertThat(departments.rows()).extracting(Ranking.Row::unit).doesNotContain("000.00.08.H18");
        for (Ranking.Unranked unit : departments.withoutData()) {
            assertThat(html).as(unit.name()).containsPattern(Pattern.quote("<th scope=\"row\">" + unit.name() + "</th>")
                    + "\\s*" + Pattern.quote("<td colspan=\"3\">Chưa có dữ liệu</td>"));
        }
        assertThat(html).contains("không được xếp hạng").contains("quy tắc mẫu số rỗng: được đủ điểm");
        Ranking.Row ours = row(queries.ranking(Ranking.Group.COMMUNES, MARCH), UNIT);
        assertThat(html).contains(labels.change(ours.scoreChange(), VIETNAMESE))
                .contains("(tháng trước: hạng " + ours.previous().rank() + ")")
                .contains(ours.rankChange() > 0 ? "lên " + ours.rankChange() + " bậc"
                        : ours.rankChange() < 0 ? "xuống " + -ours.rankChange() + " bậc" : "giữ nguyên");
    }

    @Test
    void aPastMonthIsShownWholeAndAMonthNotStartedIsRefused() throws Exception {
        String february = page("/service-index?month=2043-02");
        IndexReport report = queries.report(null, LocalDate.parse("2043-02-01"), LocalDate.parse("2043-02-28"));
        assertThat(february).contains("Điểm của tỉnh tháng 02/2043").contains("Từ 01/02/2043 đến 28/02/2043.")
                .contains("<strong>" + labels.score(report.total(), VIETNAMESE) + "</strong>")
                .contains("từ 03/2042 đến 02/2043").contains("value=\"2043-02\"")
                .doesNotContain("error-summary");

        String future = page("/service-index?month=2043-04");
        assertThat(future).contains("class=\"error-summary\"").contains("href=\"#month\"")
                .contains("Tháng 2043-04 chưa đến, chưa có chỉ số.").contains("Điểm của tỉnh tháng 03/2043")
                .contains("value=\"2043-04\"");
        assertThat(page("/service-index?month=thang-ba")).contains("Nhập tháng theo dạng năm-tháng");
    }

    @Test
    void theDashboardSpeaksEnglishOnRequest() throws Exception {
        String html = page("/service-index?lang=en");
        IndexReport province = queries.report(null, MARCH.atDay(1), NOW.toLocalDate());
        assertThat(html).contains("Service index for citizens and businesses").doesNotContain("Not measured yet")
                .contains("Ranking of communes and wards, 03/2043").contains("Publicity and transparency")
                .contains("<strong>" + labels.score(province.total(), Locale.ENGLISH) + "</strong>");
    }

    @Test
    void theRankingDownloadsAsCsvWithEveryRowAndItsChanges() throws Exception {
        byte[] csv = mvc.perform(get("/service-index/ranking.csv").param("group", "communes").param("month", "2043-03"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("text/csv"))
                .andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition"))
                        .contains("xep-hang-communes-2043-03.csv"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        Ranking ranking = queries.ranking(Ranking.Group.COMMUNES, MARCH);
        assertThat(lines).hasSize(ranking.rows().size() + ranking.withoutData().size() + 1);
        ranking.withoutData().forEach(unit -> assertThat(lines).contains(",%s,%s,Chưa có dữ liệu,,,".formatted(
                unit.unit(), unit.name())));
        assertThat(lines.getFirst()).isEqualTo(
                "Hạng,Mã đơn vị,Đơn vị,Điểm,Thay đổi điểm,Hạng tháng trước,Thay đổi hạng (dương là tăng)");
        Ranking.Row ours = row(ranking, UNIT);
        assertThat(lines).contains(String.join(",", String.valueOf(ours.rank()), UNIT, UNIT_NAME,
                ours.score().toPlainString(), ours.scoreChange().toPlainString(), String.valueOf(ours.previous().rank()),
                String.valueOf(ours.rankChange())));
    }

    @Test
    void theRankingDownloadsAsAWorkbookWithNumericCells() throws Exception {
        byte[] xlsx = mvc.perform(get("/service-index/ranking.xlsx").param("group", "COMMUNES").param("month", "2043-03"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentType())
                        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> workbook = Xlsx.entries(xlsx);
        String sheet = workbook.get("xl/worksheets/sheet1.xml");
        Ranking ranking = queries.ranking(Ranking.Group.COMMUNES, MARCH);
        assertThat(Xlsx.rows(sheet)).isEqualTo(ranking.rows().size() + ranking.withoutData().size() + 1);
        assertThat(Xlsx.text(workbook, "C1")).isEqualTo("Đơn vị");
        int ours = ranking.rows().indexOf(row(ranking, UNIT)) + 2;
        assertThat(Xlsx.text(workbook, "C" + ours)).isEqualTo(UNIT_NAME);
        assertThat(Integer.parseInt(Xlsx.numericCell(sheet, "A" + ours))).isEqualTo(row(ranking, UNIT).rank());
        assertThat(new BigDecimal(Xlsx.numericCell(sheet, "D" + ours))).isEqualByComparingTo(row(ranking, UNIT).score());
    }

    @Test
    void anUnknownRankingOrFormatIsNotFoundAndABadMonthABadRequest() throws Exception {
        mvc.perform(get("/service-index/ranking.csv").param("group", "provinces")).andExpect(status().isNotFound());
        mvc.perform(get("/service-index/ranking.pdf").param("group", "communes")).andExpect(status().isNotFound());
        mvc.perform(get("/service-index/ranking.csv").param("group", "communes").param("month", "2043-13"))
                .andExpect(status().isBadRequest());
    }

    private String page(String path) throws Exception {
        return WebTestSupport.html(mvc, get(path));
    }

    private static Ranking.Row row(Ranking ranking, String unit) {
        return ranking.rows().stream().filter(r -> r.unit().equals(unit)).findFirst().orElseThrow();
    }
}
