package vn.motcua.datastore;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.identity.ApplicantAccount;

/** Whose data store a logged-in applicant account opens. */
@Service
public class StoreOwners {

    private final ApplicantDossiers dossiers;

    StoreOwners(ApplicantDossiers dossiers) {
        this.dossiers = dossiers;
    }

    /**
     * The account's verified ID number; else the ID number it registered with, once it has proved a
     * dossier filed under that number (submitted it logged in, or linked it by code and ID number, the
     * portal's proof for a dossier). Empty when neither: typing an ID number at registration proves
     * nothing, and a proxy's link to someone else's dossier does not open their store.
     */
    public Optional<String> ownerOf(ApplicantAccount account) {
        if (account.verifiedIdNumber() != null) {
            return Optional.of(account.verifiedIdNumber());
        }
        String typed = account.idNumber() == null ? "" : account.idNumber().strip();
        return dossiers.of(account.id(), null).stream().map(d -> d.applicantIdNumber()).filter(typed::equals)
                .findFirst();
    }
}
