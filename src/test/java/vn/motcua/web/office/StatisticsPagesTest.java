package vn.motcua.web.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.TestUnits;
import vn.motcua.index.DossierHistory;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.statistics.TestFacts;
import vn.motcua.web.WebTestSupport;

/**
 * The monthly statistics in the office: who may open it, the page with its chart and table, the
 * form's errors, and the Excel and PDF a province sends upward. A commune of its own has three
 * dossiers in May 2045: one resolved early, one in progress past its appointment, one refused at
 * reception.
 */
@MotcuaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsPagesTest {

    static final String UNIT = "000.97.43.H18";
    static final String UNIT_NAME = "Xã Thử Nghiệm Báo Cáo Thống Kê";
    static final String MAY = "/office/statistics?unit=" + UNIT + "&period=month&month=2045-05";
    static final String TITLE = "BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestClock clock;

    MockMvc mvc;

    @BeforeAll
    void history(@Autowired UnitDirectory units, @Autowired DossierHistory history) {
        TestUnits.commune(units, UNIT, UNIT_NAME);
        history.record(List.of(
                TestFacts.received(UNIT, "TKW-1", "1.001193", "2045-05-05T08:00").appointment("2045-05-12T17:00")
                        .done("2045-05-08T10:00"),
                TestFacts.received(UNIT, "TKW-2", "1.001193", "2045-05-06T08:00").appointment("2045-05-09T17:00"),
                TestFacts.refusedAtReception(UNIT, "TKW-3", "1.001193", "2045-05-07T08:00", "2045-05-07T09:00"))
                .stream().map(TestFacts::build).toList());
    }

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
        clock.setLocal(LocalDateTime.parse("2045-06-05T10:00"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void onlySupervisorsAdministratorsAndLeadersOpenItAndALeaderOnlyTheirUnit() throws Exception {
        for (String path : List.of("/office/statistics", "/office/statistics/report.xlsx",
                "/office/statistics/report.pdf")) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
            for (String officer : List.of("tiepnhan", "chuyenvien.tuphap", "vanthu.tuphap")) {
                mvc.perform(get(path).with(as(officer))).andExpect(status().isForbidden());
            }
        }
        for (String officer : List.of("giamsat", "admin", "lanhdao.tuphap")) {
            mvc.perform(get("/office/statistics").with(as(officer))).andExpect(status().isOk());
        }
        mvc.perform(get(MAY).with(as("lanhdao.tuphap"))).andExpect(status().isNotFound());
        mvc.perform(get("/office/statistics/report.pdf?unit=" + UNIT).with(as("lanhdao.tuphap")))
                .andExpect(status().isNotFound());
        assertThat(page("/office", "giamsat")).contains("href=\"/office/statistics\"");
    }

    @Test
    void thePageShowsTheFiguresAsATableAndABarChartWithTheirWords() throws Exception {
        String html = page(MAY + "&breakdown=unit", "giamsat");
        assertThat(html).contains("<h1>Thống kê tình hình giải quyết hồ sơ: " + UNIT_NAME + "</h1>")
                .contains("Tháng 5 năm 2045")
                .contains("<th scope=\"colgroup\" colspan=\"3\">Số hồ sơ tiếp nhận</th>")
                .contains("<th scope=\"row\">" + UNIT_NAME + "</th>")
                // received 3 (new 3); resolved 1 (early 1); in progress 1 (late 1); refused 1; 2 of 3 not late
                .containsPattern(row(UNIT_NAME, 3, 0, 3, 1, 1, 0, 0, 1, 0, 1, 0, 1) + "<td class=\"number\">66,7</td>")
                .containsPattern(row("Tổng cộng", 3, 0, 3, 1, 1, 0, 0, 1, 0, 1, 0, 1))
                .contains("role=\"img\"").contains("aria-labelledby=\"chart-title chart-desc\"")
                .contains("3 tiếp nhận · 1 đúng hạn · 1 quá hạn")
                .contains("href=\"/office/statistics/report.xlsx?unit=" + UNIT
                        + "&amp;period=month&amp;month=2045-05&amp;breakdown=unit\"");
        assertThat(page(MAY + "&breakdown=channel&lang=en", "giamsat")).contains("Dossiers received")
                .contains("<th scope=\"row\">At the counter</th>").contains("<th scope=\"row\">Online</th>");
    }

    @Test
    void aBadPeriodOrBreakdownIsAFormErrorOnThePageAndABadRequestForADownload() throws Exception {
        assertThat(page("/office/statistics?period=month&month=2045-13", "giamsat"))
                .contains("Nhập tháng theo dạng năm-tháng");
        assertThat(page("/office/statistics?period=year&year=99999", "giamsat")).contains("href=\"#year\">Nhập năm từ");
        assertThat(page("/office/statistics?breakdown=tinh", "giamsat"))
                .contains("Chọn cách tổng hợp: đơn vị, lĩnh vực, thủ tục hoặc kênh.");
        for (String query : List.of("?period=month&month=2045-13", "?period=quarter&quarter=5", "?breakdown=tinh",
                "?period=week", "?period=range&from=2045-05-10&to=2045-05-01")) {
            mvc.perform(get("/office/statistics/report.xlsx" + query).with(as("giamsat")))
                    .andExpect(status().isBadRequest());
            mvc.perform(get("/office/statistics/report.pdf" + query).with(as("giamsat")))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/office/statistics/report.docx").with(as("giamsat"))).andExpect(status().isNotFound());
    }

    @Test
    void theExcelFileHasTheFormsLayoutWithNumericCounts() throws Exception {
        byte[] xlsx = download(MAY.replace("/office/statistics", "/office/statistics/report.xlsx"), "giamsat");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<Integer, Row> rows = new HashMap<>();
            workbook.getFirstSheet().read().forEach(row -> rows.put(row.getRowNum(), row));
            assertThat(rows.get(1).getCellAsString(0)).contains(TITLE);
            assertThat(rows.get(2).getCellAsString(0)).contains("Đơn vị báo cáo: " + UNIT_NAME);
            assertThat(rows.get(3).getCellAsString(0)).contains("Kỳ báo cáo: Tháng 5 năm 2045");
            assertThat(rows.get(5).getCellAsString(2)).contains("Số hồ sơ tiếp nhận");
            assertThat(rows.get(6).getCellAsString(3)).contains("Kỳ trước chuyển qua");
            assertThat(rows.get(6).getCellAsString(6)).contains("Trước hạn");
            assertThat(rows.get(7).getCellAsString(1)).contains(UNIT_NAME);
            assertThat(rows.get(8).getCellAsString(1)).contains("Tổng cộng");
            List<Integer> expected = List.of(3, 0, 3, 1, 1, 0, 0, 1, 0, 1, 0, 1);
            for (int r : List.of(7, 8)) {
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(rows.get(r).getCellAsNumber(2 + i)).as("row %d column %d", r, 2 + i)
                            .map(BigDecimal::intValueExact).contains(expected.get(i));
                }
                assertThat(rows.get(r).getCellAsNumber(14)).map(n -> n.setScale(1, RoundingMode.HALF_UP))
                        .contains(new BigDecimal("66.7"));
            }
            assertThat(rows.values()).filteredOn(row -> row.getCellCount() > 1)
                    .anySatisfy(row -> assertThat(row.getCellAsString(1)).contains("NGƯỜI LẬP BIỂU"));
        }
    }

    @Test
    void thePdfIsTheSignedReportWithTheVietnameseTitle() throws Exception {
        byte[] pdf = download(MAY.replace("/office/statistics", "/office/statistics/report.pdf"), "giamsat");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(TITLE).contains("Kỳ báo cáo: Tháng 5 năm 2045").contains(UNIT_NAME)
                    .contains("Tổng cộng").contains("THỦ TRƯỞNG ĐƠN VỊ").contains("Ngày 5 tháng 6 năm 2045");
        }
    }

    /** A table row: its header cell, then the counts in the form's order. */
    private static String row(String label, int... counts) {
        StringBuilder pattern = new StringBuilder("<th scope=\"row\">" + label + "</th>\\s*");
        for (int count : counts) {
            pattern.append("<td class=\"number\">").append(count).append("</td>\\s*");
        }
        return pattern.toString();
    }

    private String page(String path, String officer) throws Exception {
        return WebTestSupport.html(mvc, get(path).with(as(officer)));
    }

    private byte[] download(String path, String officer) throws Exception {
        return mvc.perform(get(path).with(as(officer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    private RequestPostProcessor as(String officer) {
        return WebTestSupport.as(context, officer);
    }
}
