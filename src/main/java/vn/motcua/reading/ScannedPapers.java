package vn.motcua.reading;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;
import vn.motcua.platform.Folding;
import vn.motcua.reading.internal.ScanQueue;
import vn.motcua.reading.internal.TesseractCli;

/**
 * Scanned papers (giấy tờ đã quét) and the text read from them: found by a word inside. Which dossiers an
 * officer may open is the dossier module's rule: the caller filters the hits by it.
 */
@Service
public class ScannedPapers {

    /** Words of a search used at most: more narrow nothing down. */
    public static final int MAX_WORDS = 10;
    /** Characters of text shown either side of the word found. */
    static final int SNIPPET = 80;

    private final JdbcClient jdbc;
    private final ScanQueue queue;
    private final TesseractCli tesseract;

    ScannedPapers(JdbcClient jdbc, ScanQueue queue, TesseractCli tesseract) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.tesseract = tesseract;
    }

    /**
     * The scans whose text holds every word of {@code text} (a word also matches as the start of a longer
     * one), folded, newest read first: at most {@code limit} places.
     *
     * @throws vn.motcua.platform.UserInputException under field {@code q} when the search is longer than
     *     {@link InputLimits#SEARCH} characters, has no word, or more than {@link #MAX_WORDS}
     */
    public List<ScanHit> search(String text, int limit) {
        Problems problems = new Problems();
        InputLimits.line(problems, "q", text, InputLimits.SEARCH);
        problems.throwIfAny();
        List<String> words = Folding.words(text);
        problems.when(words.isEmpty(), "q", "reading.search.empty")
                .when(words.size() > MAX_WORDS, "q", "reading.search.tooManyWords", MAX_WORDS).throwIfAny();
        String query = words.stream().map(w -> w + ":*").collect(Collectors.joining(" & "));
        return jdbc.sql("""
                select s.sha256, p.dossier_code, p.component, p.file_name, s.content, s.read_at
                from reading_scan s join reading_scan_place p on p.sha256 = s.sha256
                where s.status = 'read' and s.search_vector @@ to_tsquery('simple', ?)
                order by s.read_at desc, p.dossier_code limit ?""")
                .params(query, limit)
                .query((rs, row) -> new ScanHit(rs.getString("sha256"), rs.getString("dossier_code"),
                        rs.getString("component"), rs.getString("file_name"),
                        snippet(rs.getString("content"), words), rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    /** Pending, read and failed scans and whether Tesseract works. */
    public ScanQueueState state() {
        Map<String, Long> counts = queue.counts();
        return new ScanQueueState(counts.get("pending"), counts.get("read"), counts.get("failed"),
                queue.failures(10).stream().map(f -> new ScanQueueState.Failure(f.getKey(), f.getValue())).toList(),
                tesseract.status());
    }

    /** Whether OCR works here. */
    public OcrStatus ocrStatus() {
        return tesseract.status();
    }

    /** The text around the first of the words found, cut from the text as read. */
    static String snippet(String content, List<String> words) {
        String folded = Folding.fold(content);
        int at = words.stream().map(w -> wordStart(folded, w)).filter(i -> i >= 0).min(Integer::compare).orElse(0);
        int from = Math.max(0, at - SNIPPET);
        int to = Math.min(content.length(), at + SNIPPET);
        String cut = content.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "… " : "") + cut + (to < content.length() ? " …" : "");
    }

    private static int wordStart(String folded, String word) {
        int i = folded.indexOf(word);
        while (i > 0 && folded.charAt(i - 1) != ' ') {
            i = folded.indexOf(word, i + 1);
        }
        return i;
    }
}
