package vn.motcua.web;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierDocumentKind;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.platform.NotFoundException;
import vn.motcua.result.DossierDocuments;
import vn.motcua.result.ResultDocument;
import vn.motcua.result.ResultDocuments;
import vn.motcua.result.ResultDraft;
import vn.motcua.result.ResultDrafts;

/**
 * A dossier's PDFs and attached files as downloads, for pages and API alike. Both read the dossier
 * through the dossier module first, so an officer of another unit gets 404 and a file is served only
 * as part of the dossier it is attached to (a component's file or a result).
 *
 * <p>Every file is a download ({@code Content-Disposition: attachment}) with {@code nosniff}, and only
 * PDF, PNG and JPEG keep their type: whatever else was uploaded (a TIFF, or bytes a browser would
 * take for HTML or SVG) is served as {@code application/octet-stream}, so no upload ever runs as a page
 * on our origin.
 */
@Component
public class Downloads {

    /** Types a browser shows without running anything. */
    private static final Set<MediaType> SHOWN_AS_IS = Set.of(MediaType.APPLICATION_PDF, MediaType.IMAGE_PNG,
            MediaType.IMAGE_JPEG);
    private static final int MAX_NAME_LENGTH = 150;

    private final DossierQueries queries;
    private final DossierDocuments documents;
    private final ResultDocuments results;
    private final ResultDrafts drafts;
    private final FileStore files;

    Downloads(DossierQueries queries, DossierDocuments documents, ResultDocuments results, ResultDrafts drafts,
            FileStore files) {
        this.queries = queries;
        this.documents = documents;
        this.results = results;
        this.drafts = drafts;
        this.files = files;
    }

    public ResponseEntity<byte[]> pdf(Actor actor, String code, String slug, Locale locale) {
        DossierDocuments.Pdf pdf = documents.render(actor, code, DossierDocumentKind.ofSlug(slug), locale);
        return download(MediaType.APPLICATION_PDF, pdf.fileName()).body(pdf.content());
    }

    /** A PDF rendered for a caller already allowed to see it (an electronic receipt). */
    public ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
        return download(MediaType.APPLICATION_PDF, fileName).body(content);
    }

    public ResponseEntity<InputStreamResource> file(Actor actor, String code, String sha256) {
        DossierView dossier = queries.get(actor, code);
        AttachedFile file = Stream.of(dossier.components().stream().flatMap(c -> c.files().stream()),
                        results.of(dossier).stream().map(ResultDocument::file),
                        drafts.pending(dossier).stream().map(ResultDraft::file)).flatMap(s -> s)
                .filter(f -> f.sha256().equals(sha256)).findFirst()
                .orElseThrow(() -> new NotFoundException("dossier.notFound", code));
        return stored(file);
    }

    /** A file the caller has already been allowed to see, under the name it was recorded with. */
    public ResponseEntity<InputStreamResource> stored(AttachedFile file) {
        InputStream content = files.open(file.sha256());
        return download(servedType(file.mediaType()), file.originalName()).contentLength(file.size())
                .body(new InputStreamResource(content));
    }

    private static ResponseEntity.BodyBuilder download(MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
                .header("X-Content-Type-Options", "nosniff");
    }

    /** The recorded type when a browser only shows it, else {@code application/octet-stream}. */
    static MediaType servedType(String recorded) {
        try {
            MediaType type = MediaType.parseMediaType(recorded);
            MediaType bare = new MediaType(type.getType(), type.getSubtype());
            return SHOWN_AS_IS.contains(bare) ? bare : MediaType.APPLICATION_OCTET_STREAM;
        } catch (IllegalArgumentException | NullPointerException unreadable) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    /**
     * {@code attachment} with the name twice (RFC 6266): an ASCII fallback without diacritics, and the
     * real name in UTF-8 (RFC 5987). Folders, quotes, control characters and the like become {@code _}.
     */
    static String disposition(String fileName) {
        String name = safeName(fileName);
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String safeName(String fileName) {
        String base = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'),
                fileName.lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"*:<>?|;]", "_").strip();
        clean = clean.replaceFirst("^\\.+", "");
        if (clean.isEmpty()) {
            return "tep";
        }
        return clean.length() <= MAX_NAME_LENGTH ? clean : clean.substring(clean.length() - MAX_NAME_LENGTH);
    }
}
