package vn.motcua.identity;

import java.time.Instant;
import vn.motcua.catalog.ApplicantType;

/**
 * Tài khoản của người dân, doanh nghiệp: who they are, never their password.
 *
 * @param id surrogate key; what an SSO identity will attach to
 * @param type citizen, business, agency or organisation
 * @param idNumber the login name: personal ID number (số định danh cá nhân) or tax code (mã số thuế)
 */
public record ApplicantAccount(long id, ApplicantType type, String idNumber, String fullName, String email,
        String phone, Instant createdAt) {
}
