package vn.motcua.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a downloaded workbook back the way Excel does, from its parts: the zip's entries, the sheet's
 * cells, the shared strings. Enough to check what a test wrote, without a spreadsheet library.
 */
public final class Xlsx {

    private static final Pattern SHARED = Pattern.compile("<si>.*?<t[^>]*>(.*?)</t>.*?</si>", Pattern.DOTALL);

    private Xlsx() {
    }

    /** Every entry of the zip, as UTF-8 text. */
    public static Map<String, String> entries(byte[] xlsx) {
        Map<String, String> entries = new LinkedHashMap<>();
        // ZipFile reads the central directory, as Excel does; the streaming writer leaves the local
        // headers' sizes to data descriptors, which ZipInputStream does not follow for stored entries.
        try {
            Path file = Files.createTempFile("motcua-", ".xlsx");
            try {
                Files.write(file, xlsx);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        entries.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(),
                                StandardCharsets.UTF_8));
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(entries).as("a workbook's parts").containsKeys("[Content_Types].xml", "xl/workbook.xml",
                "xl/worksheets/sheet1.xml");
        return entries;
    }

    /** The value of a numeric cell (no type attribute, or t="n"); fails when the cell holds text. */
    public static String numericCell(String sheet, String reference) {
        String cell = cell(sheet, reference);
        assertThat(cell).as("cell %s is numeric", reference).doesNotContain("t=\"s\"").doesNotContain("t=\"inlineStr\"")
                .doesNotContain("t=\"str\"");
        Matcher value = Pattern.compile("<v>([^<]*)</v>").matcher(cell);
        assertThat(value.find()).as("cell %s has a value", reference).isTrue();
        return value.group(1);
    }

    /** The text of a shared-string cell. */
    public static String text(Map<String, String> entries, String reference) {
        String cell = cell(entries.get("xl/worksheets/sheet1.xml"), reference);
        assertThat(cell).as("cell %s is text", reference).contains("t=\"s\"");
        Matcher index = Pattern.compile("<v>(\\d+)</v>").matcher(cell);
        assertThat(index.find()).isTrue();
        return sharedStrings(entries.get("xl/sharedStrings.xml")).get(Integer.parseInt(index.group(1)));
    }

    /** How many rows the first sheet has. */
    public static int rows(String sheet) {
        Matcher rows = Pattern.compile("<row ").matcher(sheet);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        return count;
    }

    /** The names of the workbook's sheets. */
    public static List<String> sheetNames(Map<String, String> entries) {
        List<String> names = new ArrayList<>();
        Matcher matcher = Pattern.compile("<sheet name=\"([^\"]*)\"").matcher(entries.get("xl/workbook.xml"));
        while (matcher.find()) {
            names.add(unescape(matcher.group(1)));
        }
        return names;
    }

    /** XML text as written: entities and character references (the writer escapes every non-ASCII letter). */
    static String unescape(String xml) {
        Matcher reference = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(xml);
        StringBuilder text = new StringBuilder();
        while (reference.find()) {
            int codePoint = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
            reference.appendReplacement(text, Matcher.quoteReplacement(Character.toString(codePoint)));
        }
        reference.appendTail(text);
        return text.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    private static String cell(String sheet, String reference) {
        Matcher cell = Pattern.compile("<c r=\"" + reference + "\"[^>]*?(/>|>.*?</c>)", Pattern.DOTALL).matcher(sheet);
        assertThat(cell.find()).as("cell %s exists", reference).isTrue();
        return cell.group();
    }

    private static List<String> sharedStrings(String xml) {
        List<String> strings = new ArrayList<>();
        Matcher matcher = SHARED.matcher(xml);
        while (matcher.find()) {
            strings.add(unescape(matcher.group(1)));
        }
        return strings;
    }
}
