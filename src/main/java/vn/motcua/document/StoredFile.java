package vn.motcua.document;

/**
 * A stored file (tệp đã lưu), known by the SHA-256 of its bytes.
 *
 * @param sha256 the SHA-256 of the bytes, 64 lower-case hex digits: the file's identity
 * @param size number of bytes
 * @param mediaType the type its bytes show, e.g. {@code application/pdf}
 * @param originalName the name it was uploaded under; the same bytes may come under other names
 */
public record StoredFile(String sha256, long size, String mediaType, String originalName) {
}
