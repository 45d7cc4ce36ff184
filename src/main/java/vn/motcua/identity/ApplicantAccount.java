package vn.motcua.identity;

import java.time.Instant;
import vn.motcua.catalog.ApplicantType;

/**
 * Tài khoản của người dân, doanh nghiệp: who they are, never their password.
 *
 * @param id surrogate key; what an SSO identity and the dossiers' proved links attach to
 * @param username the login name (tên đăng nhập), chosen at registration, unique
 * @param type citizen, business, agency or organisation
 * @param idNumber personal ID number (số định danh cá nhân) or tax code (mã số thuế) as typed: it fills
 *     forms in, and proves nothing unless {@code verified}; several accounts may carry the same one
 * @param verified whether a national identity (VNeID) confirmed {@code idNumber}; only then does the
 *     account see every dossier filed under it. False until that login exists (issue 12)
 */
public record ApplicantAccount(long id, String username, ApplicantType type, String idNumber, String fullName,
        String email, String phone, boolean verified, Instant createdAt)
        implements java.io.Serializable {

    /** The ID number that grants this account its dossiers, null when none is verified. */
    public String verifiedIdNumber() {
        return verified ? idNumber : null;
    }
}
