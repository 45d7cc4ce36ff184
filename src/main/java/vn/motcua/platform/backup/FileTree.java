package vn.motcua.platform.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of content-addressed files: every file is named by the SHA-256 of its bytes, wherever it
 * sits below the root. Copies keep the relative place and check the bytes against the name, so a
 * damaged or truncated file is found at backup and at restore, never later by a citizen.
 */
final class FileTree {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private FileTree() {
    }

    /** Every content-addressed file below {@code root}, by its SHA-256; nothing when the root is missing. */
    static Map<String, Path> index(Path root) throws IOException {
        Map<String, Path> files = new HashMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> SHA256.matcher(file.getFileName().toString()).matches())
                    .forEach(file -> files.put(file.getFileName().toString(), root.relativize(file)));
        }
        return files;
    }

    /** Copies {@code from/relative} to {@code to/relative}, refusing bytes that do not match their name. */
    static long copyVerified(Path from, Path to, Path relative) throws IOException {
        Path source = from.resolve(relative);
        Path target = to.resolve(relative);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".restore-", ".part");
        try {
            String actual;
            try (DigestInputStream in = new DigestInputStream(Files.newInputStream(source), sha256());
                    OutputStream out = Files.newOutputStream(temp)) {
                in.transferTo(out);
                actual = HexFormat.of().formatHex(in.getMessageDigest().digest());
            }
            if (!actual.equals(relative.getFileName().toString())) {
                throw new BackupException("The file " + source + " is damaged: its bytes hash to " + actual);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Files.size(target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The SHA-256 of a file, in lower-case hex. */
    static String sha256Of(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }

    /** Whether {@code root} holds any regular file at all. */
    static boolean holdsFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.anyMatch(Files::isRegularFile);
        }
    }

    /** Deletes a folder and what it holds, when it exists. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
