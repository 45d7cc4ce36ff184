package vn.motcua.result.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import vn.motcua.document.FileStore;
import vn.motcua.document.StoredFile;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.platform.UserInputException;
import vn.motcua.result.UnitSeal;
import vn.motcua.result.pki.ListeningAddress;

/**
 * Makes a result final: the QR code and result code placed on the page, then the unit's seal over
 * it, the sealed file kept in the document store under the draft's name (the draft stays as it was).
 */
@Component
class ResultSealing {

    private static final String PDF = "application/pdf";

    private final FileStore files;
    private final ResultStamp stamp;
    private final UnitSeal seal;
    private final ListeningAddress listeningAddress;

    ResultSealing(FileStore files, ResultStamp stamp, UnitSeal seal, ListeningAddress listeningAddress) {
        this.files = files;
        this.stamp = stamp;
        this.seal = seal;
        this.listeningAddress = listeningAddress;
    }

    /** Where the QR code of a result leads: its public verification page. */
    String verifyUrl(String resultCode) {
        return listeningAddress.url() + "/verify/" + resultCode;
    }

    /**
     * The sealed result, stored.
     *
     * @throws UserInputException when the file is not a PDF or the unit's seal may not sign
     */
    AttachedFile seal(String resultCode, String unitCode, AttachedFile draft) {
        if (!PDF.equals(draft.mediaType())) {
            throw new UserInputException("results", "result.file.notPdf");
        }
        byte[] sealed = seal.seal(unitCode, stamp.stamp(read(draft.sha256()), resultCode, verifyUrl(resultCode)));
        StoredFile stored = files.store(new ByteArrayInputStream(sealed), draft.originalName());
        return new AttachedFile(stored.sha256(), draft.originalName(), PDF, stored.size());
    }

    private byte[] read(String sha256) {
        try (InputStream in = files.open(sha256)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the result file " + sha256, e);
        }
    }
}
