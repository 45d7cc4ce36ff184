package vn.motcua.document.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Counts the bytes read and throws once they pass the limit, so an upload that lied about its size
 * is stopped after the limit, not after it has filled the disk.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final Supplier<? extends RuntimeException> refusal;
    private long count;

    LimitedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> refusal) {
        super(in);
        this.limit = limit;
        this.refusal = refusal;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        counted(Math.max(n, 0));
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return counted(super.skip(n));
    }

    private long counted(long n) {
        count += n;
        if (count > limit) {
            throw refusal.get();
        }
        return n;
    }
}
