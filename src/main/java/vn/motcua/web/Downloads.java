package vn.motcua.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierDocumentKind;
import vn.motcua.dossier.DossierDocuments;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.platform.NotFoundException;

/**
 * A dossier's PDFs and attached files as downloads, for pages and API alike. Both read the dossier
 * through the dossier module first, so an officer of another unit gets 404 and a file is served only
 * as part of the dossier it is attached to (a component's file or a result).
 */
@Component
public class Downloads {

    private final DossierQueries queries;
    private final DossierDocuments documents;
    private final FileStore files;

    Downloads(DossierQueries queries, DossierDocuments documents, FileStore files) {
        this.queries = queries;
        this.documents = documents;
        this.files = files;
    }

    public ResponseEntity<byte[]> pdf(Actor actor, String code, String slug, java.util.Locale locale) {
        DossierDocuments.Pdf pdf = documents.render(actor, code, DossierDocumentKind.ofSlug(slug), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(pdf.fileName()))
                .body(pdf.content());
    }

    public ResponseEntity<InputStreamResource> file(Actor actor, String code, String sha256) {
        DossierView dossier = queries.get(actor, code);
        AttachedFile file = java.util.stream.Stream.concat(
                        dossier.components().stream().flatMap(c -> c.files().stream()),
                        dossier.results().stream().map(DossierView.Result::file))
                .filter(f -> f.sha256().equals(sha256)).findFirst()
                .orElseThrow(() -> new NotFoundException("dossier.notFound", code));
        return stored(file);
    }

    /** A file the caller has already been allowed to see, under the name it was recorded with. */
    public ResponseEntity<InputStreamResource> stored(AttachedFile file) {
        InputStream content = files.open(file.sha256());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType())).contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(file.originalName()))
                .body(new InputStreamResource(content));
    }

    private static String disposition(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
