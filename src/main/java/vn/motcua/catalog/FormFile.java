package vn.motcua.catalog;

import java.time.Instant;
import java.util.Map;

/**
 * The file of a form (tệp mẫu đơn, tờ khai) an administrator attached to a version, as the document
 * store recorded it: the portal offers it for download with this name, type and size.
 *
 * @param id stable identifier, in the download address
 * @param versionId the version it belongs to
 * @param componentIndex the dossier component whose form it is (index in the published order), null for
 *     a form of the whole procedure
 * @param sha256 the bytes in the file store
 * @param originalName the name it was uploaded under
 * @param mediaType the type its bytes show
 * @param size bytes
 * @param uploadedBy the administrator's username
 * @param uploadedAt when
 */
public record FormFile(long id, long versionId, Integer componentIndex, String sha256, String originalName,
        String mediaType, long size, String uploadedBy, Instant uploadedAt) implements java.io.Serializable {

    /** The short names people know the accepted types by. */
    private static final Map<String, String> LABELS = Map.of("application/pdf", "PDF", "application/msword", "DOC",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX");

    /** PDF, DOC, DOCX or XLSX, as the download link says it. */
    public String typeLabel() {
        return LABELS.getOrDefault(mediaType, mediaType);
    }
}
