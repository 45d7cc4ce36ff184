package vn.motcua.dossier;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.motcua.TestClock;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.document.StoredFile;
import vn.motcua.organization.OfficerPrincipal;

/**
 * What the dossier tests do again and again, against the shared context's demo province: act as a
 * demo officer, receive a walk-in dossier, take an action on the version last read.
 */
@Component
public class DossierFixtures {

    /** Cấp thẻ công chứng viên: Department of Justice, 5 working days, fee 100,000 VND. */
    public static final String NOTARY_CARD = "1.013859";

    /** Chứng thực bản sao từ bản chính: communes, same day (15:00 rule), fee counted on the original's pages. */
    public static final String COPY_CERTIFICATION = "2.000815";

    private final DossierHandling handling;
    private final UserDetailsService accounts;
    private final Documents documents;
    private final TestClock clock;

    DossierFixtures(DossierHandling handling, UserDetailsService accounts, Documents documents, TestClock clock) {
        this.clock = clock;
        this.handling = handling;
        this.accounts = accounts;
        this.documents = documents;
    }

    /** Stores {@code content} through the document checks, as {@code officer}'s upload, and names it for a dossier. */
    public AttachedFile stored(String officer, String name, byte[] content) {
        StoredFile f = documents.accept("file", name, content.length, new ByteArrayInputStream(content),
                documents.standardRules(), FileOwner.officer(officer));
        return new AttachedFile(f.sha256(), f.originalName(), f.mediaType(), f.size());
    }

    /** A file the result module made (stamped, sealed) and kept for good, as an issued result names it. */
    public AttachedFile made(String name, byte[] content) {
        StoredFile f = documents.keepMade(content, name, FileOwner.system("result"));
        return new AttachedFile(f.sha256(), f.originalName(), f.mediaType(), f.size());
    }

    public Actor officer(String username) {
        return Actor.of((OfficerPrincipal) accounts.loadUserByUsername(username));
    }

    /** A walk-in citizen's notary card dossier received at the service centre by {@code tiepnhan}. */
    public DossierView receiveNotaryCard(String idNumber, String name) {
        return receiveNotaryCard(idNumber, name, ReturnMethod.COUNTER);
    }

    /** Nguyễn Thị Hường's notary card received at {@code at} (the test clock is set there and stays). */
    public DossierView receiveNotaryCardAt(LocalDateTime at) {
        clock.setLocal(at);
        return receiveNotaryCard("011090001234", "Nguyễn Thị Hường");
    }

    /** The same, the result to be returned as chosen. */
    public DossierView receiveNotaryCard(String idNumber, String name, ReturnMethod returnMethod) {
        return receiveNotaryCard(idNumber, name, returnMethod, List.of());
    }

    /** The same, the application form handed in with {@code files} (uploaded by {@code tiepnhan}). */
    public DossierView receiveNotaryCard(String idNumber, String name, ReturnMethod returnMethod,
            List<AttachedFile> files) {
        return handling.receiveAtCounter(officer("tiepnhan"), new CounterReception(NOTARY_CARD, Channel.COUNTER,
                new Applicant(ApplicantType.CITIZEN, idNumber, name, "0912345678", null,
                        "Phường Mường Thanh, tỉnh Điện Biên"),
                null, null, List.of(new ComponentInput("Đơn đề nghị cấp thẻ công chứng viên", 1, 0, true, false,
                        false, files)),
                returnMethod, null, null, null));
    }

    /** A walk-in's copy certification (2.000815) received at the Điện Biên Phủ commune's counter. */
    public DossierView receiveCopyCertification(String idNumber) {
        return handling.receiveAtCounter(officer("tiepnhan.dienbienphu"), new CounterReception(COPY_CERTIFICATION,
                Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, idNumber, "Lò Thị Mai", "0912345678", null,
                        "Phường Điện Biên Phủ, tỉnh Điện Biên"),
                null, null, List.of(new ComponentInput("Bản chính giấy tờ, văn bản làm cơ sở chứng thực", 1, 0, true,
                        false, false, List.of())),
                ReturnMethod.COUNTER, null, null, "Chứng thực bản sao Giấy khai sinh"));
    }

    /** The same, handed by reception to the commune's specialist, who certifies the copy. */
    public DossierView copyCertificationAtSpecialist(String idNumber) {
        return act("tiepnhan.dienbienphu", receiveCopyCertification(idNumber),
                new DossierCommand.CompleteStep("Chuyển công chức tư pháp"));
    }

    /** The same card asked for online by the applicant, waiting for the service centre to accept it. */
    public DossierView submitNotaryCardOnline(String idNumber, String name) {
        return handling.submitOnline(Actor.applicant(idNumber, name), new OnlineSubmission(NOTARY_CARD,
                "000.00.01.H18", new Applicant(ApplicantType.CITIZEN, idNumber, name, null, "sung@example.vn", null),
                null, null, List.of(new ComponentInput("Đơn đề nghị", 1, 0, true, false, false, List.of())),
                ReturnMethod.ELECTRONIC, null, null));
    }

    /** From received to the last step (returning the result): handed over, appraised, approved. */
    public DossierView toResultStep(DossierView d) {
        d = act("tiepnhan", d, new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        d = act("chuyenvien.tuphap", d, new DossierCommand.CompleteStep("Đủ điều kiện"));
        return act("lanhdao.tuphap", d, new DossierCommand.CompleteStep("Đồng ý"));
    }

    public DossierView act(String username, DossierView dossier, DossierCommand command) {
        return handling.handle(officer(username), dossier.code(), dossier.lockVersion(), command);
    }
}
