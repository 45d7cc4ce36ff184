package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.TestUnits;
import vn.motcua.index.Criterion;
import vn.motcua.index.CriterionScore;
import vn.motcua.index.DossierHistory;
import vn.motcua.index.DrillDown;
import vn.motcua.index.DrillDownLine;
import vn.motcua.index.GeneratedHistory;
import vn.motcua.index.IndexDrillDown;
import vn.motcua.index.IndexQueries;
import vn.motcua.index.IndexReport;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.web.export.Xlsx;
import vn.motcua.web.serviceindex.IndexLabels;

/**
 * The leaders' view in the office: who may open it and whose index they see, the criteria table for
 * each kind of period with every count leading to its drill-down, the drill-down's pages and reasons,
 * and the downloads. A commune of its own has a generated history in 2044.
 */
@MotcuaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadersIndexPagesTest {

    static final String UNIT = "000.96.31.H18";
    static final String UNIT_NAME = "Xã Thử Nghiệm Chi Tiết Chỉ Số";
    static final String FINANCE = "000.00.03.H18";
    static final LocalDateTime NOW = LocalDateTime.parse("2044-03-16T10:00");
    static final LocalDate FEB_1 = LocalDate.parse("2044-02-01");
    static final LocalDate FEB_29 = LocalDate.parse("2044-02-29");
    static final String FEBRUARY = "unit=" + UNIT + "&period=month&month=2044-02";
    static final Locale VIETNAMESE = Locale.of("vi");

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestClock clock;
    @Autowired
    IndexQueries queries;
    @Autowired
    IndexDrillDown drillDowns;
    @Autowired
    IndexLabels labels;
    @Autowired
    MessageSource messages;

    MockMvc mvc;

    @BeforeAll
    void history(@Autowired UnitDirectory units, @Autowired DossierHistory history) {
        TestUnits.commune(units, UNIT, UNIT_NAME);
        history.record(new GeneratedHistory(4444, UNIT, "LDR-").dossiers(300,
                LocalDateTime.parse("2044-01-05T07:00"), LocalDateTime.parse("2044-03-13T17:00")));
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
    void onlyLoggedInSupervisorsAdministratorsAndLeadersOpenIt() throws Exception {
        mvc.perform(get("/office/index")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/office/index/drill-down?criterion=2.1")).andExpect(status().is3xxRedirection());
        for (String officer : List.of("tiepnhan", "chuyenvien.tuphap", "vanthu.tuphap")) {
            mvc.perform(get("/office/index").with(as(officer))).andExpect(status().isForbidden());
            mvc.perform(get("/office/index/criteria.csv").with(as(officer))).andExpect(status().isForbidden());
        }
        for (String officer : List.of("giamsat", "admin", "lanhdao.tuphap")) {
            mvc.perform(get("/office/index").with(as(officer))).andExpect(status().isOk());
        }
    }

    @Test
    void aLeaderSeesTheirOwnUnitOnlyAndAnotherUnitIsNotFound() throws Exception {
        String own = page("/office/index", "lanhdao.tuphap");
        assertThat(own).contains("<h1>Chỉ số phục vụ: Sở Tư pháp tỉnh Điện Biên</h1>").doesNotContain("id=\"unit\"");
        for (String path : List.of("/office/index?unit=" + FINANCE, "/office/index/drill-down?criterion=2.1&unit="
                + FINANCE, "/office/index/criteria.csv?unit=" + FINANCE, "/office/index/drill-down.xlsx?criterion=2.1&unit="
                + FINANCE, "/office/index?unit=")) {
            int expected = path.endsWith("unit=") ? 200 : 404;
            mvc.perform(get(path).with(as("lanhdao.tuphap"))).andExpect(status().is(expected));
        }
        mvc.perform(get("/office/index?unit=" + FINANCE).with(as("giamsat"))).andExpect(status().isOk());
        mvc.perform(get("/office/index?unit=999.99.99.H18").with(as("giamsat"))).andExpect(status().isNotFound());
    }

    @Test
    void theCriteriaTableShowsEveryCountLinkedToItsDrillDownAndTheUnmeasuredSaySo() throws Exception {
        String html = page("/office/index?" + FEBRUARY, "giamsat");
        IndexReport report = queries.report(UNIT, FEB_1, FEB_29);
        assertThat(html).contains("<h1>Chỉ số phục vụ: " + UNIT_NAME + "</h1>").contains("Từ 01/02/2044 đến 29/02/2044.")
                .contains("Tổng điểm: " + labels.score(report.total(), VIETNAMESE) + " / 100")
                .contains("<option value=\"" + UNIT + "\" selected=\"selected\">" + UNIT_NAME + "</option>");
        for (CriterionScore row : report.groups().stream().flatMap(g -> g.criteria().stream()).toList()) {
            String link = "href=\"/office/index/drill-down?unit=" + UNIT + "&amp;period=month&amp;month=2044-02&amp;criterion="
                    + row.id() + "\"";
            if (row.measured()) {
                assertThat(html).as(row.id()).containsPattern(Pattern.quote(link + "><span>" + row.numerator() + "</span>")
                        + "[^/]*" + Pattern.quote(" đạt tiêu chí " + row.id()));
                assertThat(html).as(row.id()).contains(link + "><span>" + row.denominator() + "</span>");
            } else {
                assertThat(html).as(row.id()).doesNotContain(link);
            }
        }
        assertThat(html).doesNotContain("Chưa đo được");
        assertThat(report.criterion(Criterion.ON_TIME).denominator()).as("dossiers counted").isGreaterThan(25);
    }

    @Test
    void aQuarterAYearAndARangeAreShownAndAWrongPeriodIsExplained() throws Exception {
        String quarter = page("/office/index?unit=" + UNIT + "&period=quarter&quarter=1&year=2044", "giamsat");
        IndexReport firstQuarter = queries.report(UNIT, LocalDate.parse("2044-01-01"), NOW.toLocalDate());
        assertThat(quarter).contains("Từ 01/01/2044 đến hôm nay (16/03/2044)")
                .contains("Tổng điểm: " + labels.score(firstQuarter.total(), VIETNAMESE) + " / 100");
        String year = page("/office/index?unit=" + UNIT + "&period=year&year=2043", "admin");
        assertThat(year).contains("Từ 01/01/2043 đến 31/12/2043.");
        String range = page("/office/index?unit=" + UNIT + "&period=range&from=2044-01-10&to=2044-02-10", "giamsat");
        IndexReport days = queries.report(UNIT, LocalDate.parse("2044-01-10"), LocalDate.parse("2044-02-10"));
        assertThat(range).contains("Từ 10/01/2044 đến 10/02/2044.")
                .contains("Tổng điểm: " + labels.score(days.total(), VIETNAMESE) + " / 100");

        String backwards = page("/office/index?unit=" + UNIT + "&period=range&from=2044-02-10&to=2044-01-10&hours=0",
                "giamsat");
        assertThat(backwards).contains("class=\"error-summary\"")
                .contains("<a href=\"#to\">Ngày kết thúc phải cùng ngày hoặc sau ngày bắt đầu.</a>")
                .contains("<a href=\"#hours\">Nhập số giờ làm việc từ 1 đến 80.</a>")
                .contains("value=\"2044-02-10\"").contains("value=\"2044-01-10\"")
                .contains("Từ 01/03/2044 đến hôm nay (16/03/2044)");
    }

    @Test
    void theCriteriaTableDownloadsWithItsCountsAsNumbers() throws Exception {
        IndexReport report = queries.report(UNIT, FEB_1, FEB_29);
        CriterionScore onTime = report.criterion(Criterion.ON_TIME);
        List<String> csv = csvLines(download("/office/index/criteria.csv?" + FEBRUARY, "giamsat"));
        assertThat(csv).hasSize(1 + 19 + 1);
        assertThat(csv.getFirst()).isEqualTo("Nhóm tiêu chí,Mã tiêu chí,Tiêu chí,Tử số,Mẫu số,Tỷ lệ,Điểm,Điểm tối đa,Đo được");
        assertThat(csv).contains("2. Tiến độ giải quyết,2.1,Hồ sơ giải quyết đúng hạn," + onTime.numerator() + ","
                + onTime.denominator() + "," + onTime.ratio().orElseThrow().toPlainString() + ","
                + onTime.score().toPlainString() + ",20,Có");
        assertThat(csv).contains("6. Mức độ hài lòng,6.1,\"Xử lý phản ánh, kiến nghị đúng hạn\",0,0,,6.00,6,Có");
        assertThat(csv.getLast()).isEqualTo("Tổng điểm,,,,,," + report.total().toPlainString() + ",100,");

        Map<String, String> workbook = Xlsx.entries(download("/office/index/criteria.xlsx?" + FEBRUARY, "giamsat"));
        String sheet = workbook.get("xl/worksheets/sheet1.xml");
        assertThat(Xlsx.text(workbook, "B6")).isEqualTo("2.1");
        assertThat(Long.parseLong(Xlsx.numericCell(sheet, "D6"))).isEqualTo(onTime.numerator());
        assertThat(Long.parseLong(Xlsx.numericCell(sheet, "E6"))).isEqualTo(onTime.denominator());
        assertThat(new BigDecimal(Xlsx.numericCell(sheet, "G6"))).isEqualByComparingTo(onTime.score());
    }

    @Test
    void theDrillDownListsTheLosingFirstWithTheirReasonPageByPage() throws Exception {
        DrillDown first = drillDowns.of(UNIT, FEB_1, FEB_29, Criterion.ON_TIME, 0, 25);
        assertThat(first.total()).isGreaterThan(25);
        assertThat(first.total() - first.meeting()).as("dossiers late").isPositive();
        String html = page("/office/index/drill-down?" + FEBRUARY + "&criterion=2.1", "giamsat");
        long pages = (first.total() + 24) / 25;
        assertThat(html).contains("<h1>2.1 Hồ sơ giải quyết đúng hạn</h1>")
                .contains("<dd>" + first.meeting() + " / " + first.total() + "</dd>")
                .contains("Trang 1 / " + pages)
                .contains("href=\"/office/index/drill-down?unit=" + UNIT
                        + "&amp;period=month&amp;month=2044-02&amp;criterion=2.1&amp;page=2\"");
        DrillDownLine losing = first.lines().getFirst();
        assertThat(losing.meets()).isFalse();
        String reason = messages.getMessage(losing.reason().key(), losing.reason().arguments().toArray(), VIETNAMESE);
        assertThat(reason).doesNotStartWith("index.reason");
        assertThat(html).containsPattern(Pattern.quote("<span>" + losing.code() + "</span>") + "\\s*</td>\\s*"
                + Pattern.quote("<td>" + UNIT_NAME + "</td>") + "\\s*" + Pattern.quote("<td>" + losing.procedureCode()
                + "</td>") + "\\s*<td>Mất điểm</td>\\s*" + Pattern.quote("<td>" + reason + "</td>"));

        DrillDown second = drillDowns.of(UNIT, FEB_1, FEB_29, Criterion.ON_TIME, 1, 25);
        String next = page("/office/index/drill-down?" + FEBRUARY + "&criterion=2.1&page=2", "giamsat");
        assertThat(next).contains("Trang 2 / " + pages).contains("<span>" + second.lines().getFirst().code() + "</span>")
                .doesNotContain("<span>" + losing.code() + "</span>");
        mvc.perform(get("/office/index/drill-down?criterion=9.9").with(as("giamsat"))).andExpect(status().isNotFound());
    }

    @Test
    void theDrillDownDownloadsEveryLineNotOnlyThePageShown() throws Exception {
        DrillDown all = drillDowns.of(UNIT, FEB_1, FEB_29, Criterion.ON_TIME, 0, 10_000);
        List<String> csv = csvLines(download("/office/index/drill-down.csv?" + FEBRUARY + "&criterion=2.1", "giamsat"));
        assertThat(csv).hasSize((int) all.total() + 1);
        assertThat(csv.getFirst()).isEqualTo("\"Mã hồ sơ, thủ tục\",Đơn vị,Mã thủ tục,Kết quả,Lý do mất điểm,"
                + "Bước trễ hạn,\"Người, đơn vị giữ bước\"");
        assertThat(csv.stream().filter(line -> line.contains(",Đạt,")).count()).isEqualTo(all.meeting());
        DrillDownLine last = all.lines().getLast();
        assertThat(csv.getLast()).startsWith(last.code() + "," + UNIT_NAME + "," + last.procedureCode() + ",");

        Map<String, String> workbook = Xlsx.entries(download("/office/index/drill-down.xlsx?" + FEBRUARY
                + "&criterion=2.1", "giamsat"));
        assertThat(Xlsx.rows(workbook.get("xl/worksheets/sheet1.xml"))).isEqualTo((int) all.total() + 1);
        assertThat(Xlsx.text(workbook, "A" + (all.total() + 1))).isEqualTo(last.code());
    }

    private String page(String path, String officer) throws Exception {
        return WebTestSupport.html(mvc, get(path).with(as(officer)));
    }

    private byte[] download(String path, String officer) throws Exception {
        return mvc.perform(get(path).with(as(officer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    static List<String> csvLines(byte[] csv) {
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
    }

    private RequestPostProcessor as(String officer) {
        return WebTestSupport.as(context, officer);
    }
}
