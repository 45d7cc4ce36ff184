package vn.motcua.dossier;

import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.organization.OfficerPrincipal;

/**
 * What the dossier tests do again and again, against the shared context's demo province: act as a
 * demo officer, receive a walk-in dossier, take an action on the version last read.
 */
@Component
public class DossierFixtures {

    /** Cấp thẻ công chứng viên: Department of Justice, 5 working days, fee 100,000 VND. */
    public static final String NOTARY_CARD = "1.013859";

    private final DossierHandling handling;
    private final UserDetailsService accounts;

    DossierFixtures(DossierHandling handling, UserDetailsService accounts) {
        this.handling = handling;
        this.accounts = accounts;
    }

    public Actor officer(String username) {
        return Actor.of((OfficerPrincipal) accounts.loadUserByUsername(username));
    }

    /** A walk-in citizen's notary card dossier received at the service centre by {@code tiepnhan}. */
    public DossierView receiveNotaryCard(String idNumber, String name) {
        return handling.receiveAtCounter(officer("tiepnhan"), new CounterReception(NOTARY_CARD, Channel.COUNTER,
                new Applicant(ApplicantType.CITIZEN, idNumber, name, "0912345678", null,
                        "Phường Mường Thanh, tỉnh Điện Biên"),
                null, null, List.of(new ComponentInput("Đơn đề nghị cấp thẻ công chứng viên", 1, 0, true, false,
                        false, List.of())),
                ReturnMethod.COUNTER, null, null, null));
    }

    public DossierView act(String username, DossierView dossier, DossierCommand command) {
        return handling.handle(officer(username), dossier.code(), dossier.lockVersion(), command);
    }
}
