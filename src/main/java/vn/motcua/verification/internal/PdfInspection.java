package vn.motcua.verification.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What PDFBox reads of a file before DSS runs: whether it is a PDF at all, its pages and signatures (for
 * the limits), whether the last signature covers the whole file, and the result codes printed on it.
 *
 * @param pages its number of pages
 * @param signatures its number of signature fields that are signed
 * @param coveredToTheEnd some signature covers the file up to its last byte: nothing was appended after it
 * @param codes the result codes ({@code {dossier code}-KQ{n}}) printed on its first and last page
 */
record PdfInspection(int pages, int signatures, boolean coveredToTheEnd, Set<String> codes) {

    /** A result code as the dossier module numbers them: unit, day (yyMMdd), sequence, then -KQ and n. */
    private static final Pattern RESULT_CODE = Pattern.compile("[0-9A-Za-z.]{1,40}-\\d{6}-\\d{4,}-KQ\\d{1,4}");
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers accept the header anywhere in the first kilobyte. */
    private static final int HEADER_WINDOW = 1024;

    /** The header is there: the file claims to be a PDF. */
    static boolean looksLikePdf(byte[] content) {
        int last = Math.min(content.length, HEADER_WINDOW) - PDF_MAGIC.length;
        for (int i = 0; i <= last; i++) {
            if (java.util.Arrays.equals(content, i, i + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the file.
     *
     * @throws IOException when PDFBox cannot read it (damaged, or encrypted with a password)
     */
    static PdfInspection of(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            List<PDSignature> signatures = document.getSignatureDictionaries().stream()
                    .filter(s -> s.getByteRange().length == 4).toList();
            boolean covered = signatures.stream().map(PDSignature::getByteRange)
                    .anyMatch(r -> (long) r[2] + r[3] == content.length);
            return new PdfInspection(document.getNumberOfPages(), signatures.size(), covered, codes(document));
        }
    }

    private static Set<String> codes(PDDocument document) throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        int pages = document.getNumberOfPages();
        if (pages == 0) {
            return codes;
        }
        PDFTextStripper text = new PDFTextStripper();
        for (int page : pages == 1 ? new int[] {1} : new int[] {1, pages}) {
            text.setStartPage(page);
            text.setEndPage(page);
            Matcher m = RESULT_CODE.matcher(text.getText(document));
            while (m.find()) {
                codes.add(m.group());
            }
        }
        return codes;
    }
}
