package vn.motcua.result;

import org.springframework.stereotype.Service;
import vn.motcua.result.signing.PadesSigner;
import vn.motcua.result.signing.SigningKeys;

/**
 * Đóng dấu điện tử của cơ quan: the unit's seal on a PDF, as a PAdES baseline signature — B-T (with a
 * timestamp), B-LT where the seal's revocation data is reachable. The caller has already placed on the
 * page what must be covered (the QR code, the result or copy code): nothing changes after the seal.
 */
@Service
public class UnitSeal {

    private final SigningKeys keys;
    private final PadesSigner signer;

    UnitSeal(SigningKeys keys, PadesSigner signer) {
        this.keys = keys;
        this.signer = signer;
    }

    /**
     * The PDF sealed by the unit with this code.
     *
     * @throws vn.motcua.platform.UserInputException when the unit's seal certificate is revoked, expired or
     *     missing, with the reason in the officer's language
     */
    public byte[] seal(String unitCode, byte[] pdf) {
        return signer.sign(pdf, keys.seal(unitCode), "Đóng dấu của cơ quan " + unitCode);
    }
}
