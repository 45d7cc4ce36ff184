package vn.motcua.result;

import org.springframework.stereotype.Service;
import vn.motcua.result.signing.PadesSigner;
import vn.motcua.result.signing.SigningKeys;

/**
 * Ký số cá nhân: an officer's own signature on a PDF (the leader approving a result), PAdES baseline
 * B-T, B-LT where revocation data is reachable. A unit's seal may follow it on the same file.
 */
@Service
public class PersonalSignature {

    private final SigningKeys keys;
    private final PadesSigner signer;

    PersonalSignature(SigningKeys keys, PadesSigner signer) {
        this.keys = keys;
        this.signer = signer;
    }

    /**
     * The PDF signed by the officer with this username.
     *
     * @throws vn.motcua.platform.UserInputException when their certificate is revoked, expired or missing
     */
    public byte[] sign(String username, byte[] pdf, String reason) {
        return signer.sign(pdf, keys.personal(username), reason);
    }
}
