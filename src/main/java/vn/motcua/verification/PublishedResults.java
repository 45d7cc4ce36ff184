package vn.motcua.verification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.document.CorruptFileException;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.result.ResultDocument;
import vn.motcua.result.ResultDocuments;
import vn.motcua.verification.internal.FileValidation;

/**
 * The results the province issued, checked by their code: what the QR code on a result opens. Anyone may
 * ask; the answer names the dossier and procedure, never the applicant.
 */
@Service
public class PublishedResults {

    private final ResultDocuments results;
    private final DossierQueries dossiers;
    private final FileStore files;
    private final FileValidation validation;

    PublishedResults(ResultDocuments results, DossierQueries dossiers, FileStore files, FileValidation validation) {
        this.results = results;
        this.dossiers = dossiers;
        this.files = files;
        this.validation = validation;
    }

    /** The result with its stored file validated now; empty when no result has this code. */
    public Optional<PublishedResult> find(String resultCode) {
        return results.find(resultCode).flatMap(r -> dossiers.find(dossierOf(r.code())).map(d -> published(r, d)));
    }

    /** The stored file of a result, for its download; empty when no result has this code. */
    public Optional<AttachedFile> file(String resultCode) {
        return results.find(resultCode).map(ResultDocument::file);
    }

    private PublishedResult published(ResultDocument result, DossierView dossier) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean intact = read(result, bytes);
        Verification verification = validation.validate(bytes.toByteArray()).verification().ofResult(result.code());
        return new PublishedResult(result.code(), dossier.code(), dossier.procedureCode(), dossier.procedureName(),
                result.issuedAt(), result.file(), intact, verification);
    }

    /** Reads the stored bytes; false when they no longer match the recorded SHA-256 (what was read is kept). */
    private boolean read(ResultDocument result, ByteArrayOutputStream into) {
        try (InputStream in = files.open(result.file().sha256())) {
            in.transferTo(into);
            return true;
        } catch (CorruptFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dossier code of a result code {@code {dossier code}-KQ{n}}. */
    static String dossierOf(String resultCode) {
        return resultCode.substring(0, resultCode.lastIndexOf("-KQ"));
    }
}
