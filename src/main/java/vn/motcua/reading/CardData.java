package vn.motcua.reading;

import java.time.LocalDate;

/**
 * What an ID card (thẻ căn cước) says about its holder. Any field may be null when it could not be read.
 *
 * @param idNumber the personal ID number (số định danh cá nhân), 12 digits
 * @param oldIdNumber the old 9-digit ID (số CMND cũ), when the card names one
 * @param fullName họ và tên
 * @param birthDate ngày sinh
 * @param sex giới tính as printed: "Nam" or "Nữ"
 * @param address nơi thường trú (2021) or nơi cư trú (2024)
 * @param issuedOn ngày cấp
 */
public record CardData(String idNumber, String oldIdNumber, String fullName, LocalDate birthDate, String sex,
        String address, LocalDate issuedOn) {

    /** Nothing read. */
    public static CardData none() {
        return new CardData(null, null, null, null, null, null, null);
    }

    /** This card's fields, each one missing here taken from {@code other}. */
    public CardData orElse(CardData other) {
        return new CardData(first(idNumber, other.idNumber), first(oldIdNumber, other.oldIdNumber),
                first(fullName, other.fullName), first(birthDate, other.birthDate), first(sex, other.sex),
                first(address, other.address), first(issuedOn, other.issuedOn));
    }

    public boolean isEmpty() {
        return equals(none());
    }

    private static <T> T first(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
