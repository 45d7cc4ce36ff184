package vn.motcua.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Thông tin liên hệ: where citizens get help — the province's hotline, e-mail, the service centre's
 * address and its hours. Settings of the installation ({@code motcua.contact.*}), not text of the
 * product: a page shows only what the province has set, never a placeholder number.
 *
 * @param phone the hotline as people dial it, e.g. "0215 3825 555"
 * @param email the help desk's address
 * @param address the Public Administration Service Centre's street address
 * @param hours when the hotline and the centre answer, e.g. "7:00–17:00, thứ Hai – thứ Sáu"
 */
@ConfigurationProperties("motcua.contact")
public record ProvinceContact(String phone, String email, String address, String hours) {

    public boolean hasPhone() {
        return StringUtils.hasText(phone);
    }

    public boolean hasEmail() {
        return StringUtils.hasText(email);
    }

    public boolean hasAddress() {
        return StringUtils.hasText(address);
    }

    public boolean hasHours() {
        return StringUtils.hasText(hours);
    }
}
