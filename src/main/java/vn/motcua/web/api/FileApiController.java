package vn.motcua.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.document.Documents;
import vn.motcua.document.StoredFile;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.web.HandlingOfficer;

/**
 * Scans and electronic files for dossiers: uploaded first, then named by checksum in a reception,
 * supplement or result. Each upload is the caller's: only they can attach it.
 */
@RestController
@Tag(name = "Files", description = "Tệp: upload a scan before attaching it to a dossier component")
class FileApiController {

    private final Documents documents;

    FileApiController(Documents documents) {
        this.documents = documents;
    }

    @PostMapping(path = "/api/v1/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a file", description = "Checks the file (not empty, within the size limit, a PDF "
            + "or image whose bytes match its name) and stores it as the caller's upload. Answers its sha256, size, "
            + "real media type and name; refusals are 400 with the field `file`. Attach it by sending "
            + "`{\"sha256\": \"…\"}` in a reception's component `files`, a supplement's `added` or a result: the "
            + "dossier takes name, type and size from this upload and ignores any sent along. Only the caller can "
            + "attach it (or anyone handling a dossier that already holds it); an upload attached nowhere is "
            + "deleted after `motcua.files.abandoned-after` (7 days by default).")
    StoredFile upload(@AuthenticationPrincipal OfficerPrincipal officer, @RequestParam("file") MultipartFile file)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            return documents.accept("file", file.getOriginalFilename(), file.getSize(), content,
                    documents.standardRules(), HandlingOfficer.of(officer).fileOwner());
        }
    }
}
