package vn.motcua.dossier;

/**
 * A file already kept by the document store, attached to a dossier component or a result. Name, type
 * and size are those recorded when the file was uploaded: a client names a file by its SHA-256 only
 * ({@link #reference}), and the dossier module fills the rest from the upload record.
 *
 * @param sha256 the file's checksum, its address in the store
 * @param originalName the name it was uploaded with
 * @param mediaType its real type, detected from its content
 * @param size bytes
 */
public record AttachedFile(String sha256, String originalName, String mediaType, long size) {

    /** A file as a client names it: by the SHA-256 its upload answered, nothing else. */
    public static AttachedFile reference(String sha256) {
        return new AttachedFile(sha256, null, null, 0);
    }
}
