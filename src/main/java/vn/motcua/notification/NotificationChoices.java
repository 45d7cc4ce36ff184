package vn.motcua.notification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.notification.internal.ChoiceRepository;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * Who is told by which channel. A citizen chooses when submitting online (recorded with the page's
 * language, which is the language of every message about that dossier) and keeps defaults on their
 * account; a dossier received at a counter uses the contacts the officer typed, SMS first, in
 * Vietnamese. Officers' e-mail and phone for notifications are set by administrators.
 */
@Service
@Transactional
public class NotificationChoices {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    /** As an applicant's phone ({@link vn.motcua.dossier.Applicant}). */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{8,15}");

    private final ChoiceRepository choices;

    NotificationChoices(ChoiceRepository choices) {
        this.choices = choices;
    }

    /** Records the applicant's choice for one dossier just submitted, in the language of the submission. */
    public void chooseForDossier(String dossierCode, ChannelChoice choice, Locale language) {
        choices.saveDossier(dossierCode, choice, languageOf(language));
    }

    /** What the applicant of an online dossier chose; empty for a dossier received at a counter. */
    @Transactional(readOnly = true)
    public Optional<DossierChoice> forDossier(String dossierCode) {
        return choices.dossier(dossierCode);
    }

    /** The account's defaults, if its owner set them. */
    @Transactional(readOnly = true)
    public Optional<ChannelChoice> accountDefaults(long account) {
        return choices.account(account);
    }

    public void saveAccountDefaults(long account, ChannelChoice choice) {
        choices.saveAccount(account, choice);
    }

    @Transactional(readOnly = true)
    public List<OfficerContact> officerContacts() {
        return choices.officers();
    }

    /**
     * Sets where an officer is told; blank fields are cleared.
     *
     * @throws vn.motcua.platform.UserInputException when an address or number is malformed or too long
     */
    public OfficerContact saveOfficerContact(OfficerContact contact) {
        Problems problems = new Problems();
        String email = blankToNull(contact.email());
        String phone = blankToNull(contact.phone());
        problems.when(email != null && !EMAIL.matcher(email).matches(), "email", "notifications.officer.email.invalid");
        problems.when(phone != null && !PHONE.matcher(phone).matches(), "phone", "notifications.officer.phone.invalid");
        InputLimits.line(problems, "email", email, InputLimits.CONTACT);
        InputLimits.line(problems, "phone", phone, InputLimits.CONTACT);
        problems.throwIfAny();
        OfficerContact saved = new OfficerContact(contact.username(), email, phone);
        choices.saveOfficer(saved);
        return saved;
    }

    /** "en" for English, otherwise the default "vi". */
    public static String languageOf(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "vi";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
