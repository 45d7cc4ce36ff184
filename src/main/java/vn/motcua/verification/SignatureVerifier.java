package vn.motcua.verification;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Service;
import vn.motcua.result.ResultDocuments;
import vn.motcua.verification.internal.FileValidation;

/**
 * Validates every signature of an uploaded PDF (chain to the trusted roots, revocation, timestamp,
 * modification after signing) and says whether it is one of the province's results.
 */
@Service
public class SignatureVerifier {

    private final FileValidation validation;
    private final ResultDocuments results;
    private final VerificationLimits limits;

    SignatureVerifier(FileValidation validation, ResultDocuments results, VerificationLimits limits) {
        this.validation = validation;
        this.results = results;
        this.limits = limits;
    }

    /**
     * The verdict on a file. It is one of the province's results when it prints a result code and is either
     * that result's stored file, byte for byte, or validly signed (so a trusted signer put the code there).
     *
     * @throws vn.motcua.platform.UserInputException (field {@code file}) past a limit of {@link #limits()}
     */
    public Verification verify(byte[] content) {
        FileValidation.Checked checked = validation.validate(content);
        Verification verification = checked.verification();
        String sha256 = sha256(content);
        return checked.printedCodes().stream()
                .filter(code -> results.find(code)
                        .filter(r -> r.file().sha256().equals(sha256) || verification.valid()).isPresent())
                .findFirst().map(verification::ofResult).orElse(verification);
    }

    public VerificationLimits limits() {
        return limits;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
