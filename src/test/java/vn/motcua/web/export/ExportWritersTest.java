package vn.motcua.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportWritersTest {

    static final ExportTable TABLE = new ExportTable("Xếp hạng: sở/ngành [tháng 5]", List.of("Hạng", "Đơn vị", "Điểm"),
            List.of(Arrays.asList(1, "Sở Tư pháp; tỉnh Điện Biên", new BigDecimal("80.50")),
                    Arrays.asList(2, "=HYPERLINK(\"x\")", null)));

    @Test
    void csvStartsWithTheByteOrderMarkAndKeepsVietnameseAndNumbers() {
        byte[] csv = ExportFormat.CSV.download(TABLE, "x").getBody();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly(
                "Hạng,Đơn vị,Điểm",
                "1,\"Sở Tư pháp; tỉnh Điện Biên\",80.50",
                "2,\"'=HYPERLINK(\"\"x\"\")\",");
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain|plain",
        "a,b|`\"a,b\"`",
        "a;b|`\"a;b\"`",
        "-1 km|'-1 km",
        "@sum|'@sum",
        "+84|'+84"
    })
    void csvQuotesWhatASpreadsheetWouldSplitAndDisarmsFormulas(String cell, String written) {
        assertThat(CsvWriter.cell(cell)).isEqualTo(written);
    }

    @Test
    void quotesAreDoubledInsideQuotes() {
        assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void negativeNumbersStayNumbers() {
        assertThat(CsvWriter.cell(new BigDecimal("-2.30"))).isEqualTo("-2.30");
        assertThat(CsvWriter.cell(-3)).isEqualTo("-3");
    }

    @Test
    void xlsxHasTheTextAsSharedStringsAndTheNumbersAsNumericCells() {
        Map<String, String> entries = Xlsx.entries(ExportFormat.XLSX.download(TABLE, "x").getBody());
        assertThat(Xlsx.sheetNames(entries)).containsExactly("Xếp hạng  sở ngành  tháng 5");
        String sheet = entries.get("xl/worksheets/sheet1.xml");
        assertThat(new BigDecimal(Xlsx.numericCell(sheet, "C2"))).isEqualByComparingTo("80.50");
        assertThat(Xlsx.numericCell(sheet, "A3")).isEqualTo("2");
        assertThat(Xlsx.text(entries, "B2")).isEqualTo("Sở Tư pháp; tỉnh Điện Biên");
        assertThat(Xlsx.text(entries, "A1")).isEqualTo("Hạng");
        assertThat(sheet).doesNotContain("r=\"C3\"");
    }

    @Test
    void aRowMustFitTheHeadersAndACellMustBeTextOrANumber() {
        assertThatThrownBy(() -> new ExportTable("x", List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExportTable("x", List.of("a"), List.of(List.of(java.time.LocalDate.MIN))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownFormatIsNotFound() {
        assertThat(ExportFormat.ofExtension("XLSX")).isEqualTo(ExportFormat.XLSX);
        assertThatThrownBy(() -> ExportFormat.ofExtension("pdf"))
                .isInstanceOf(vn.motcua.platform.NotFoundException.class);
    }
}
