package vn.motcua.dossier;

/**
 * A file already kept by the document store, attached to a dossier component.
 *
 * @param sha256 the file's checksum, its address in the store
 * @param originalName the name it was uploaded with
 * @param mediaType its real type, detected from its content
 * @param size bytes
 */
public record AttachedFile(String sha256, String originalName, String mediaType, long size) {
}
