package vn.motcua.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.document.Documents;
import vn.motcua.document.StoredFile;

/** Scans and electronic files for dossiers: uploaded first, then named by checksum in a reception or supplement. */
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
            + "or image whose bytes match its name) and stores it. Answers its sha256, size, real media type and "
            + "name; refusals are 400 with the field `file`.")
    StoredFile upload(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return documents.accept("file", file.getOriginalFilename(), file.getSize(), content,
                    documents.standardRules());
        }
    }
}
