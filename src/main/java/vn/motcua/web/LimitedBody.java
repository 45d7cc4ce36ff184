package vn.motcua.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.util.unit.DataSize;

/**
 * A request whose body counts what it gives out and stops at its cap, whatever length the client
 * announced (or none, chunked). The cap is chosen on the first read, so it can depend on who the
 * caller turned out to be: by then Spring Security has logged the call in.
 */
final class LimitedBody extends HttpServletRequestWrapper {

    private final Supplier<DataSize> limit;
    private ServletInputStream body;

    LimitedBody(HttpServletRequest request, Supplier<DataSize> limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            DataSize cap = limit.get();
            if (getContentLengthLong() > cap.toBytes()) {
                throw new BodyTooLargeException(cap);
            }
            body = new CountingStream(super.getInputStream(), cap);
        }
        return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    /** Passes bytes through until one more than the cap has been asked for. */
    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final DataSize cap;
        private long remaining;

        CountingStream(ServletInputStream in, DataSize cap) {
            this.in = in;
            this.cap = cap;
            this.remaining = cap.toBytes();
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never ask for more than one byte past the cap: that byte is enough to know.
            int n = in.read(buffer, offset, (int) Math.min(length, remaining + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            remaining -= n;
            if (remaining < 0) {
                throw new BodyTooLargeException(cap);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
