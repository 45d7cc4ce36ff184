package vn.motcua.delivery;

import java.util.regex.Pattern;
import org.springframework.util.StringUtils;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * Đăng ký dịch vụ bưu chính công ích: what the applicant asks of the post for a dossier — to collect its papers
 * (thu gom), to deliver its result (phát kết quả), or both — and the address the post calls at.
 *
 * @param pickUp the post collects the dossier's papers from this address
 * @param deliver the post delivers the result to this address
 * @param name who hands over or receives (at most {@link InputLimits#NAME})
 * @param phone a phone number, 8–15 digits
 * @param address house, street, village (at most {@link InputLimits#ADDRESS})
 * @param provinceCode mã tỉnh: the province's 2-digit code
 * @param communeCode mã xã: the commune's 5-digit code
 */
public record PostRequest(boolean pickUp, boolean deliver, String name, String phone, String address,
        String provinceCode, String communeCode) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .]{7,14}");
    private static final Pattern PROVINCE = Pattern.compile("[0-9]{2}");
    private static final Pattern COMMUNE = Pattern.compile("[0-9]{5}");

    /** The limits above, each refusal on its field. */
    public Problems check() {
        Problems problems = new Problems().when(!pickUp && !deliver, "pickUp", "delivery.request.nothing");
        problems.when(!StringUtils.hasText(name), "name", "delivery.request.name.required");
        InputLimits.line(problems, "name", name, InputLimits.NAME);
        problems.when(phone == null || !PHONE.matcher(phone.strip()).matches(), "phone", "delivery.request.phone.invalid");
        problems.when(!StringUtils.hasText(address), "address", "delivery.request.address.required");
        InputLimits.line(problems, "address", address, InputLimits.ADDRESS);
        problems.when(provinceCode == null || !PROVINCE.matcher(provinceCode.strip()).matches(), "provinceCode",
                "delivery.request.province.invalid");
        problems.when(communeCode == null || !COMMUNE.matcher(communeCode.strip()).matches(), "communeCode",
                "delivery.request.commune.invalid");
        return problems;
    }

    /** The applicant as a sender or receiver of a parcel. */
    public PostalParty party() {
        return new PostalParty(name.strip(), phone.strip(), address.strip(), provinceCode.strip(), communeCode.strip());
    }
}
