package vn.motcua.notification;

/**
 * The channels a citizen wants to be told by; each works only with the matching contact (e-mail
 * address, phone) on the dossier.
 */
public record ChannelChoice(boolean email, boolean sms) {

    /** For a dossier whose applicant chose nothing (received at a counter): SMS when there is a phone. */
    public static ChannelChoice byContacts(String email, String phone) {
        boolean hasPhone = phone != null && !phone.isBlank();
        return new ChannelChoice(!hasPhone && email != null && !email.isBlank(), hasPhone);
    }
}
