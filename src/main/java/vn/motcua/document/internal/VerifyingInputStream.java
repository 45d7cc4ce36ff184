package vn.motcua.document.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import vn.motcua.document.CorruptFileException;

/**
 * Hashes a stored file as it is read and, at its end, throws {@link CorruptFileException} when the
 * bytes no longer hash to the SHA-256 they were stored under. Verifying while reading costs no
 * second pass over a large scan.
 */
final class VerifyingInputStream extends FilterInputStream {

    private final String expected;
    private final MessageDigest digest = Sha256.newDigest();
    private String actual;

    VerifyingInputStream(InputStream in, String expectedSha256) {
        super(in);
        this.expected = expectedSha256;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            verify();
        } else {
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            verify();
        } else {
            digest.update(buffer, offset, n);
        }
        return n;
    }

    /** Skipped bytes are read all the same: each one counts in the hash. */
    @Override
    public long skip(long n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        int read;
        while (skipped < n && (read = read(discard, 0, (int) Math.min(discard.length, n - skipped))) > 0) {
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void verify() throws CorruptFileException {
        if (actual == null) {
            actual = HexFormat.of().formatHex(digest.digest());
        }
        if (!actual.equals(expected)) {
            throw new CorruptFileException(expected, actual);
        }
    }
}
