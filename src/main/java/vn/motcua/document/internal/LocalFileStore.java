package vn.motcua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import vn.motcua.document.FileStore;
import vn.motcua.document.StoredFile;

/**
 * The file store in a folder: {@code {root}/ab/cd/abcd…} by SHA-256, the two levels keeping each
 * folder small. Uploads are written to {@code {root}/incoming} first and renamed into place, so a
 * file under its SHA-256 name is always complete.
 */
final class LocalFileStore implements FileStore {

    private final Path root;
    private final Path incoming;

    LocalFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
    }

    @Override
    public StoredFile store(InputStream content, String originalName) {
        Path temp = null;
        try {
            Files.createDirectories(incoming);
            temp = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest digest = Sha256.newDigest();
            long size = write(content, temp, digest);
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha256);
            Files.createDirectories(target.getParent());
            // rename(2) replaces an existing copy atomically: concurrent stores of the same bytes end
            // with one complete file, and a damaged copy is healed by storing the bytes again.
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(sha256, size, ContentTypes.detect(head(target), originalName).toString(),
                    originalName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return new VerifyingInputStream(Files.newInputStream(pathOf(sha256)), sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public void delete(String sha256) {
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the file of this SHA-256 lives (or would live). */
    Path pathOf(String sha256) {
        Sha256.require(sha256);
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static long write(InputStream content, Path temp, MessageDigest digest) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
            long size = content.transferTo(out);
            // On disk before the name points at it: a crash must not leave a short file under a valid name.
            channel.force(true);
            return size;
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ContentTypes.headLength());
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A leftover in "incoming" holds no name and is safe to sweep; the caller's error matters more.
            temp.toFile().deleteOnExit();
        }
    }
}
