package vn.motcua.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void splitsLfAndCrlfLinesAndKeepsTheLastLineWithoutABreak() throws IOException {
        assertThat(read("{\"a\":1}\r\n{\"b\":2}\n\n   \n{\"c\":\"ố\"}", 100)).containsExactly(
                "1 {\"a\":1}", "2 {\"b\":2}", "3 (blank)", "4 (blank)", "5 {\"c\":\"ố\"}");
    }

    @Test
    void dropsAByteOrderMarkBeforeTheFirstLineOnly() throws IOException {
        String bom = "\uFEFF";
        assertThat(read(bom + "{}\n" + bom + "{}", 100)).containsExactly("1 {}", "2 " + bom + "{}");
    }

    @Test
    void anEmptyStreamHasNoLines() throws IOException {
        assertThat(read("", 100)).isEmpty();
        assertThat(read("\n", 100)).containsExactly("1 (blank)");
    }

    @Test
    void aLineOfExactlyTheLimitIsReadOneByteMoreIsNot() throws IOException {
        String ten = "0123456789";
        assertThat(read(ten + "\n" + ten + "X\n" + ten + "\r\nok", 10))
                .containsExactly("1 " + ten, "2 (too long)", "3 " + ten, "4 ok");
    }

    @Test
    void aHugeLineIsSkippedUnreadAndTheNextOneIsFine() throws IOException {
        long huge = 50L * 1024 * 1024;
        InputStream stream = new SequenceInputStream(new Repeated('x', huge),
                new ByteArrayInputStream("\n{\"MaHoSo\":\"1\"}\n".getBytes(StandardCharsets.UTF_8)));
        LineReader reader = new LineReader(stream, 1024 * 1024);
        assertThat(reader.next().tooLong()).isTrue();
        LineReader.Line next = reader.next();
        assertThat(new String(next.bytes(), 0, next.length(), StandardCharsets.UTF_8)).isEqualTo("{\"MaHoSo\":\"1\"}");
        assertThat(next.number()).isEqualTo(2);
        assertThat(reader.next()).isNull();
        assertThat(reader.bytesRead()).isEqualTo(huge + 16);
    }

    @Test
    void aStreamThatGivesOneByteAtATimeReadsTheSame() throws IOException {
        String text = "{\"a\":1}\r\n\n{\"b\":\"ư\"}";
        InputStream trickle = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        assertThat(lines(new LineReader(trickle, 100))).containsExactly("1 {\"a\":1}", "2 (blank)", "3 {\"b\":\"ư\"}");
    }

    private static List<String> read(String text, int max) throws IOException {
        return lines(new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max));
    }

    private static List<String> lines(LineReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            String content = line.tooLong() ? "(too long)" : line.blank() ? "(blank)"
                    : new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8);
            lines.add(line.number() + " " + content);
        }
        return lines;
    }

    /** A long run of one byte, generated as it is read. */
    private static final class Repeated extends InputStream {
        private final int value;
        private long left;

        Repeated(char value, long count) {
            this.value = value;
            this.left = count;
        }

        @Override
        public int read() {
            return left-- > 0 ? value : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) value);
            left -= n;
            return n;
        }
    }
}
