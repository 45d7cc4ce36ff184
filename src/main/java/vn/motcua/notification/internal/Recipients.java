package vn.motcua.notification.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.motcua.dossier.Applicant;
import vn.motcua.notification.ChannelChoice;
import vn.motcua.notification.DossierChoice;
import vn.motcua.notification.NotificationChannel;

/**
 * Who is told, where: the applicant by the channels chosen on submission (or, received at a counter,
 * SMS when the officer typed a phone, else e-mail) with the contacts on the dossier; an officer by
 * the contacts administrators set, in Vietnamese.
 */
@Component
class Recipients {

    private final ChoiceRepository choices;

    Recipients(ChoiceRepository choices) {
        this.choices = choices;
    }

    List<Recipient> applicant(String dossierCode, Applicant applicant) {
        var chosen = choices.dossier(dossierCode);
        ChannelChoice channels = chosen.map(DossierChoice::channels)
                .orElseGet(() -> ChannelChoice.byContacts(applicant.email(), applicant.phone()));
        String language = chosen.map(DossierChoice::language).orElse("vi");
        return both(channels.email() ? applicant.email() : null, channels.sms() ? applicant.phone() : null, language);
    }

    List<Recipient> officer(String username) {
        return choices.officer(username).map(c -> both(c.email(), c.phone(), "vi")).orElse(List.of());
    }

    private static List<Recipient> both(String email, String phone, String language) {
        List<Recipient> to = new ArrayList<>();
        if (StringUtils.hasText(email)) {
            to.add(new Recipient(NotificationChannel.EMAIL, email.strip(), language));
        }
        if (StringUtils.hasText(phone)) {
            to.add(new Recipient(NotificationChannel.SMS, phone.strip(), language));
        }
        return to;
    }
}
