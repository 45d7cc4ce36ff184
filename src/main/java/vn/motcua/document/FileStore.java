package vn.motcua.document;

import java.io.InputStream;

/**
 * Where the bytes of files live (kho tệp), addressed by their SHA-256. A folder today; an object
 * store can implement the same contract later.
 */
public interface FileStore {

    /**
     * Stores the bytes, streaming them (never whole in memory). Storing bytes already held keeps one
     * copy. Runtime exceptions thrown by the stream (e.g. a refused upload) leave nothing behind.
     *
     * @throws java.io.UncheckedIOException when the storage fails
     */
    StoredFile store(InputStream content, String originalName);

    /**
     * Opens a stored file. The stream checks the SHA-256 as it is read and throws
     * {@link CorruptFileException} at the end when the bytes no longer match, so read it to the end
     * before trusting it.
     *
     * @throws java.io.UncheckedIOException when the file is missing or cannot be opened
     * @throws IllegalArgumentException when {@code sha256} is not 64 lower-case hex digits
     */
    InputStream open(String sha256);

    boolean exists(String sha256);

    /**
     * Removes the bytes, if held. Only the sweep of abandoned uploads and an approved disposal call it,
     * once no upload record names them.
     *
     * @throws java.io.UncheckedIOException when the file exists and cannot be removed
     */
    void delete(String sha256);
}
