package vn.motcua.web;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.document.StoredFile;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.organization.OfficerPrincipal;

/** Dossiers made directly through the dossier module, for page and security tests to act on. */
@Component
class OfficeFixtures {

    private final DossierHandling handling;
    private final UserDetailsService accounts;
    private final Documents documents;

    OfficeFixtures(DossierHandling handling, UserDetailsService accounts, Documents documents) {
        this.handling = handling;
        this.accounts = accounts;
        this.documents = documents;
    }

    Actor officer(String username) {
        return Actor.of((OfficerPrincipal) accounts.loadUserByUsername(username));
    }

    /** A notary card dossier received by {@code tiepnhan} with a scanned application attached. */
    DossierView received() {
        StoredFile scan = documents.accept("file", "don.pdf", -1, new ByteArrayInputStream(OfficeSamples.pdf()),
                documents.standardRules(), FileOwner.officer("tiepnhan"));
        return handling.receiveAtCounter(officer("tiepnhan"), new CounterReception(OfficeSamples.NOTARY_CARD,
                Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, "011090005678", "Lò Văn Páo", null, null, null),
                null, null, List.of(new ComponentInput("Đơn đề nghị cấp thẻ công chứng viên", 1, 0, true, false, false,
                        List.of(new AttachedFile(scan.sha256(), scan.originalName(), scan.mediaType(), scan.size())))),
                ReturnMethod.COUNTER, null, null, null));
    }

    /** Received and handed on to the Justice department's specialist step. */
    DossierView atJustice() {
        DossierView d = received();
        return handling.handle(officer("tiepnhan"), d.code(), d.lockVersion(), new DossierCommand.CompleteStep(null));
    }
}
