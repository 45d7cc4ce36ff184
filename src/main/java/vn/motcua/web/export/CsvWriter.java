package vn.motcua.web.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark: without the mark Excel reads the file in the
 * machine's code page and Vietnamese letters come out garbled.
 *
 * <p>Text is quoted when it holds a comma, a semicolon, a quote or a line break: Excel set to a
 * Vietnamese locale splits on semicolons, so a name with ";" must not start a new column there
 * either. Text starting with {@code = + - @} gets a leading apostrophe, so a spreadsheet never runs
 * a unit or applicant name as a formula (CSV injection). Numbers are written plainly, the decimal
 * separator a dot.
 */
final class CsvWriter {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvWriter() {
    }

    static byte[] write(ExportTable table) {
        StringBuilder csv = new StringBuilder();
        line(csv, table.headers().stream().map(h -> (Object) h).toList());
        table.rows().forEach(row -> line(csv, row));
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    private static void line(StringBuilder csv, List<Object> cells) {
        csv.append(cells.stream().map(CsvWriter::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.chars().anyMatch(c -> c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r');
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
