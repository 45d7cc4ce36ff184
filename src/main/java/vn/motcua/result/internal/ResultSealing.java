package vn.motcua.result.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.document.FileStore;
import vn.motcua.document.StoredFile;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.platform.UserInputException;
import vn.motcua.result.PersonalSignature;
import vn.motcua.result.UnitSeal;
import vn.motcua.result.pki.ListeningAddress;

/**
 * The steps that make a result final, each kept in the document store under the draft's name (what
 * came before stays as it was): the QR code and result code placed on the page, the leader's personal
 * signature, the unit's seal over everything.
 */
@Component
class ResultSealing {

    private static final String PDF = "application/pdf";
    private static final FileOwner MAKER = FileOwner.system("result");

    private final FileStore files;
    private final Documents documents;
    private final ResultStamp stamp;
    private final UnitSeal seal;
    private final PersonalSignature personal;
    private final ListeningAddress address;

    ResultSealing(FileStore files, Documents documents, ResultStamp stamp, UnitSeal seal, PersonalSignature personal,
            ListeningAddress address) {
        this.files = files;
        this.documents = documents;
        this.stamp = stamp;
        this.seal = seal;
        this.personal = personal;
        this.address = address;
    }

    /**
     * The file with its code and QR code on the first page.
     *
     * @throws UserInputException when it is not a PDF that opens
     */
    AttachedFile stamped(String resultCode, AttachedFile draft) {
        requirePdf(draft);
        return stamped(resultCode, read(draft), draft.originalName());
    }

    /** The same for a PDF made here (from the procedure's template). */
    AttachedFile stamped(String resultCode, byte[] pdf, String name) {
        return keep(stamp.stamp(pdf, resultCode, verifyUrl(resultCode)), name);
    }

    /** The stamped draft signed personally by the officer (the leader approving it). */
    AttachedFile signed(String username, String resultCode, AttachedFile stamped) {
        return keep(personal.sign(username, read(stamped), "Ký duyệt kết quả " + resultCode), stamped.originalName());
    }

    /** A file uploaded as the result when marking done: stamped, then sealed by the unit. */
    AttachedFile stampedAndSealed(String resultCode, String unitCode, AttachedFile upload) {
        return sealed(unitCode, stamped(resultCode, upload));
    }

    /** The stamped (and perhaps signed) file sealed by the unit. */
    AttachedFile sealed(String unitCode, AttachedFile stamped) {
        return keep(seal.seal(unitCode, read(stamped)), stamped.originalName());
    }

    private String verifyUrl(String resultCode) {
        return address.url() + "/verify/" + resultCode;
    }

    private static void requirePdf(AttachedFile file) {
        if (!PDF.equals(file.mediaType())) {
            throw new UserInputException("results", "result.file.notPdf");
        }
    }

    private AttachedFile keep(byte[] pdf, String name) {
        StoredFile stored = documents.keepMade(pdf, name, MAKER);
        return new AttachedFile(stored.sha256(), name, PDF, stored.size());
    }

    private byte[] read(AttachedFile file) {
        try (InputStream in = files.open(file.sha256())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the result file " + file.sha256(), e);
        }
    }
}
