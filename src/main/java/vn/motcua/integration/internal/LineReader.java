package vn.motcua.integration.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a JSON Lines stream (dòng JSON) into lines without ever holding more than one line: a line
 * longer than the limit is reported and skipped, not loaded, so a file without line breaks cannot
 * fill the memory. Accepts LF and CRLF endings and a UTF-8 byte order mark before the first line.
 *
 * <p>Not thread-safe. The returned {@link Line} shares this reader's buffer: use it before the next call.
 */
public final class LineReader {

    private static final int CHUNK = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final int maxLength;
    private final byte[] chunk = new byte[CHUNK];
    private int position;
    private int limit;
    private byte[] line = new byte[8 * 1024];
    private int length;
    private boolean tooLong;
    private long number;
    private long bytesRead;
    private boolean ended;

    /** @param maxLength the longest line accepted, in bytes, without its line break */
    public LineReader(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /**
     * One line of the stream: its 1-based number and bytes ({@code bytes[0..length)}, without the
     * line break), or only its number when it was longer than the limit.
     */
    public record Line(long number, byte[] bytes, int length, boolean tooLong) {

        /** Empty or only spaces and tabs: nothing to import. */
        public boolean blank() {
            for (int i = 0; i < length; i++) {
                if (bytes[i] != ' ' && bytes[i] != '\t') {
                    return false;
                }
            }
            return !tooLong;
        }
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        if (ended) {
            return null;
        }
        length = 0;
        tooLong = false;
        boolean sawAnything = false;
        while (true) {
            if (position == limit && !fill()) {
                ended = true;
                return sawAnything ? finish() : null;
            }
            sawAnything = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            append(position, end);
            if (newline >= 0) {
                position = newline + 1;
                return finish();
            }
            position = limit;
        }
    }

    /** Bytes consumed from the stream so far: the progress of an import. */
    public long bytesRead() {
        return bytesRead;
    }

    private Line finish() {
        number++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        tooLong = tooLong || length > maxLength;
        if (number == 1 && !tooLong && startsWithBom()) {
            System.arraycopy(line, BOM.length, line, 0, length - BOM.length);
            length -= BOM.length;
        }
        return new Line(number, line, tooLong ? 0 : length, tooLong);
    }

    private boolean startsWithBom() {
        return length >= BOM.length && Arrays.equals(line, 0, BOM.length, BOM, 0, BOM.length);
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Copies a piece of the line; once past the limit only counts, so the rest is skipped unread. */
    private void append(int from, int to) {
        int count = to - from;
        if (tooLong) {
            return;
        }
        // One byte of slack for the CR of a CRLF ending, dropped in finish().
        if (length + count > maxLength + 1) {
            tooLong = true;
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(chunk, from, line, length, count);
        length += count;
    }

    private boolean fill() throws IOException {
        int read = in.read(chunk);
        while (read == 0) {
            read = in.read(chunk);
        }
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        bytesRead += read;
        return true;
    }
}
