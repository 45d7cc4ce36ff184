package vn.motcua.identity;

import java.util.Locale;
import java.util.Map;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.platform.InputLimits;

/**
 * Định danh VNeID: who the national SSO says logged in, read from the claims of its signed ID token
 * (INTEGRATION.md, National SSO). A citizen's account (LoaiTaiKhoan {@value #CITIZEN}) is known by its personal
 * ID number (SoDinhDanh); an organisation's ({@value #ORGANISATION}) by its tax code (MaSoThue), the number its
 * dossiers are filed under.
 *
 * @param type citizen, or business for an organisation's account
 * @param idNumber the number VNeID vouches for: the personal ID number, or the organisation's tax code
 * @param fullName HoVaTen, the person's or the organisation's name
 */
public record VneidIdentity(ApplicantType type, String idNumber, String fullName) {

    public static final String ACCOUNT_TYPE = "LoaiTaiKhoan";
    public static final String PERSONAL_ID = "SoDinhDanh";
    public static final String TAX_CODE = "MaSoThue";
    public static final String FULL_NAME = "HoVaTen";
    /** LoaiTaiKhoan of a citizen's account (tài khoản công dân). */
    public static final String CITIZEN = "CONG_DAN";
    /** LoaiTaiKhoan of an organisation's account (tài khoản tổ chức). */
    public static final String ORGANISATION = "TO_CHUC";

    /**
     * The identity the claims name.
     *
     * @throws IllegalArgumentException when a claim is missing or cannot be what it says (a personal ID number
     *     that cannot exist, a tax code of another shape, an unknown account type, a name past the limit)
     */
    public static VneidIdentity fromClaims(Map<String, Object> claims) {
        String type = text(claims, ACCOUNT_TYPE);
        String name = text(claims, FULL_NAME).strip();
        if (name.isEmpty() || name.length() > InputLimits.NAME) {
            throw new IllegalArgumentException("HoVaTen is empty or too long");
        }
        if (CITIZEN.equals(type)) {
            String id = text(claims, PERSONAL_ID).strip();
            require(PersonalIdNumber.isValid(id), "SoDinhDanh is not a personal ID number");
            return new VneidIdentity(ApplicantType.CITIZEN, id, name);
        }
        require(ORGANISATION.equals(type), "Unknown LoaiTaiKhoan");
        String taxCode = text(claims, TAX_CODE).strip().toUpperCase(Locale.ROOT);
        require(Registration.TAX_CODE.matcher(taxCode).matches(), "MaSoThue is not a tax code");
        return new VneidIdentity(ApplicantType.BUSINESS, taxCode, name);
    }

    private static String text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        require(value instanceof String, name + " is missing");
        return (String) value;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
