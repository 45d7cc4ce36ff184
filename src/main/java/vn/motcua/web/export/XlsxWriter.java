package vn.motcua.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet of an Excel workbook (.xlsx): a bold, frozen header row, numbers as numeric cells (two
 * decimals shown for scores, so the sheet reads like the page), text as shared strings.
 */
final class XlsxWriter {

    /** Excel refuses longer sheet names and these characters in them. */
    private static final int SHEET_NAME_MAX = 31;
    private static final String SHEET_NAME_FORBIDDEN = "[\\\\/*?:\\[\\]]";

    private XlsxWriter() {
    }

    static byte[] write(ExportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Motcua", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
            List<String> headers = table.headers();
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            for (int r = 0; r < table.rows().size(); r++) {
                writeRow(sheet, r + 1, table.rows().get(r));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeRow(Worksheet sheet, int r, List<Object> row) {
        for (int c = 0; c < row.size(); c++) {
            Object cell = row.get(c);
            if (cell instanceof BigDecimal decimal) {
                sheet.value(r, c, decimal);
                sheet.style(r, c).format(decimal.scale() > 2 ? "0.0000" : "0.00").set();
            } else if (cell instanceof Number number) {
                sheet.value(r, c, number);
            } else if (cell != null) {
                sheet.value(r, c, cell.toString());
            }
        }
    }

    static String sheetName(String name) {
        String cleaned = name.replaceAll(SHEET_NAME_FORBIDDEN, " ").strip();
        if (cleaned.isEmpty()) {
            return "Sheet1";
        }
        return cleaned.length() > SHEET_NAME_MAX ? cleaned.substring(0, SHEET_NAME_MAX) : cleaned;
    }
}
