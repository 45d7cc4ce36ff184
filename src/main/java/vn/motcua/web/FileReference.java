package vn.motcua.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import vn.motcua.dossier.AttachedFile;

/**
 * A file as a client names it in a reception, supplement or result: the SHA-256 its upload answered.
 * The name, type and size are the server's record of that upload; any the client sends along (an
 * older client sends the whole upload reply back) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(description = "A file uploaded by the caller (POST /api/v1/files), named by the sha256 the upload "
        + "answered. Its name, type and size are taken from the upload; other fields are ignored. A file the "
        + "caller did not upload and that is not already in the same dossier is refused like an unknown one.")
public record FileReference(@Schema(description = "sha256 answered by the upload", example =
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256) {

    /**
     * The files for the dossier module, which fills in what the uploads recorded. A null in the list
     * names no file, and is refused as unknown.
     */
    public static List<AttachedFile> toAttached(List<FileReference> files) {
        return files == null ? List.of() : files.stream()
                .map(f -> AttachedFile.reference(f == null ? null : f.sha256())).toList();
    }
}
