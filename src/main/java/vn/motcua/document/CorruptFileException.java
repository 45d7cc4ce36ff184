package vn.motcua.document;

import java.io.IOException;

/**
 * A stored file's bytes no longer hash to the SHA-256 it was stored under (disk fault, tampering):
 * the reader must not trust what it read. An {@link IOException} because it is raised while reading.
 */
public class CorruptFileException extends IOException {

    public CorruptFileException(String expectedSha256, String actualSha256) {
        super("Stored file " + expectedSha256 + " is corrupt: its bytes now hash to " + actualSha256);
    }
}
