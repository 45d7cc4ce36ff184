package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.document.StoredFile;
import vn.motcua.identity.ApplicantAccount;
import vn.motcua.identity.ApplicantAccounts;
import vn.motcua.identity.ApplicantVerified;
import vn.motcua.identity.Registration;
import vn.motcua.identity.VneidIdentity;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.WebTestSupport;

@MotcuaIntegrationTest
class DossierDraftsTest {

    /** Đăng ký thành lập hộ kinh doanh: commune level, four components. */
    static final String HOUSEHOLD_BUSINESS = "1.001612";
    static final String WARD = "000.01.31.H18";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    DossierDrafts drafts;
    @Autowired
    DossierQueries queries;
    @Autowired
    Documents documents;
    @Autowired
    DossierFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicantAccounts accounts;
    @Autowired
    VneidVerifiedSubmissions vneid;
    @Autowired
    ApplicantVerifiedRecorder verifiedEvents;
    @Autowired
    WebApplicationContext web;

    private static final SecureRandom RANDOM = new SecureRandom();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewDraftHasAnUnansweredRowPerPublishedComponentAndAnUnguessableId() {
        DossierDraft draft = drafts.start(HOUSEHOLD_BUSINESS);

        assertThat(draft.id()).hasSize(43).isNotEqualTo(drafts.start(HOUSEHOLD_BUSINESS).id());
        assertThat(draft.answers().components()).hasSize(4).allSatisfy(c -> assertThat(c.delivery()).isNull());
        assertThat(draft.answers().firstIncomplete()).contains(DraftSection.APPLYING);
        assertThat(draft.expiresAt()).isEqualTo(draft.updatedAt().plus(DossierDrafts.LIFETIME));
    }

    @Test
    void answersAreSavedAsTypedEvenWhenWrong() {
        DossierDraft draft = drafts.start(HOUSEHOLD_BUSINESS);
        DraftAnswers typed = draft.answers().withApplyingAs(ApplyingAs.MYSELF)
                .withApplicant(new Applicant(null, "12345", "Lò Văn Pánh", null, null, null), "ignored", "ignored");
        drafts.save(draft, typed);

        DraftAnswers found = drafts.find(draft.id()).orElseThrow().answers();
        assertThat(found.applicant().idNumber()).isEqualTo("12345");
        assertThat(found.applicant().type()).isEqualTo(ApplicantType.CITIZEN);
        assertThat(found.submitterName()).as("no submitter when applying for oneself").isNull();
        assertThat(found.complete(DraftSection.APPLYING)).isTrue();
        assertThat(found.firstIncomplete()).contains(DraftSection.APPLICANT);
    }

    @Test
    void aDraftIsForgottenThirtyDaysAfterItsLastSave() {
        clock.setLocal(LocalDateTime.parse("2026-03-02T09:00"));
        DossierDraft draft = drafts.start(HOUSEHOLD_BUSINESS);
        clock.setLocal(LocalDateTime.parse("2026-03-20T09:00"));
        drafts.save(draft, draft.answers().withApplyingAs(ApplyingAs.MYSELF));

        clock.setLocal(LocalDateTime.parse("2026-04-18T09:00"));
        assertThat(drafts.find(draft.id())).as("29 days after the last save").isPresent();
        clock.setLocal(LocalDateTime.parse("2026-04-19T09:01"));
        assertThat(drafts.find(draft.id())).isEmpty();
        assertThat(drafts.find("no-such-draft")).isEmpty();
    }

    @Test
    void anIncompleteDraftIsRefusedWithEverySectionsProblems() {
        DossierDraft draft = drafts.start(HOUSEHOLD_BUSINESS);

        assertThatThrownBy(() -> drafts.submit(draft.id())).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.problems()).extracting(UserInputException.Problem::field)
                        .contains("applyingAs", "components[0].delivery", "returnMethod", "receivingUnit"));
    }

    @Test
    void aCompleteDraftBecomesOneNewDossierAtTheWardChosenEvenIfSubmittedTwice() {
        DossierDraft draft = drafts.start(HOUSEHOLD_BUSINESS);
        drafts.save(draft, complete(draft));

        DossierDraft submitted = drafts.submit(draft.id());
        DossierDraft again = drafts.submit(draft.id());

        assertThat(again.dossierCode()).isEqualTo(submitted.dossierCode()).startsWith(WARD + "-");
        DossierView dossier = queries.get(fixtures.officer("tiepnhan.dienbienphu"), submitted.dossierCode());
        assertThat(dossier.status()).isEqualTo(DossierStatus.NEW);
        assertThat(dossier.channel()).isEqualTo(Channel.ONLINE);
        assertThat(dossier.submitterName()).isEqualTo("Lò Thị Xuân");
        assertThat(dossier.components()).extracting(DossierView.Component::submitted, c -> c.files().size())
                .containsExactly(tuple(true, 1), tuple(true, 0),
                        tuple(false, 0), tuple(false, 0));
        assertThat(drafts.save(submitted, submitted.answers().withApplyingAs(ApplyingAs.MYSELF)).answers().applyingAs())
                .as("a submitted draft no longer changes").isEqualTo(ApplyingAs.SOMEONE_ELSE);
    }

    @Test
    void onlyProceduresInForceTakeDrafts() {
        assertThatThrownBy(() -> drafts.start("9.999999")).isInstanceOf(NotFoundException.class);
    }

    /** The draft's answers completed, its first component uploaded for the draft as the portal does. */
    @Test
    void aDossierSubmittedByAnAccountVerifiedWithVneidIsFlaggedAndItsApplicantAnnouncedVerified() throws Exception {
        String idNumber = "0110" + (80 + RANDOM.nextInt(20)) + String.format("%06d", RANDOM.nextInt(1_000_000));
        ApplicantAccount verified = accounts.logInWithVneid(
                new VneidIdentity(ApplicantType.CITIZEN, idNumber, "Lò Thị Xuân")).account();
        DossierDraft draft = drafts.start(HOUSEHOLD_BUSINESS);
        drafts.save(draft, complete(draft));
        DossierDraft other = drafts.start(HOUSEHOLD_BUSINESS);
        drafts.save(other, complete(other));

        String code = drafts.submit(draft.id(), verified).dossierCode();
        String unverifiedCode = drafts.submit(other.id(), registered()).dossierCode();

        assertThat(vneid.verifiedIdNumber(code)).contains(idNumber);
        assertThat(vneid.verifiedIdNumber(unverifiedCode)).as("a password account proves no identity").isEmpty();
        Await.until(() -> !verifiedEvents.of(code).isEmpty());
        assertThat(verifiedEvents.of(code)).singleElement().satisfies(e -> {
            assertThat(e.idNumber()).isEqualTo(idNumber);
            assertThat(e.source()).isEqualTo(ApplicantVerified.VerificationSource.VNEID);
        });
        assertThat(verifiedEvents.of(unverifiedCode)).isEmpty();
        String page = WebTestSupport.html(WebTestSupport.mockMvc(web), get("/office/dossiers/" + code)
                .with(user(WebTestSupport.officer(web, "tiepnhan.dienbienphu"))));
        assertThat(page).contains("Tài khoản được xác thực với VNeID", "nộp trực tuyến bằng tài khoản VNeID của "
                + idNumber);
    }

    private ApplicantAccount registered() {
        String username = "draft-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        return accounts.register(new Registration(username, ApplicantType.CITIZEN, "011090001234", "Lò Thị Xuân",
                null, "0912345678", "mat-khau-dai-du", "mat-khau-dai-du"));
    }

    private DraftAnswers complete(DossierDraft draft) {
        DraftAnswers blank = draft.answers();
        StoredFile form = documents.accept("file", "giay-de-nghi.pdf", PDF.length, new ByteArrayInputStream(PDF),
                documents.standardRules(), FileOwner.draft(draft.id()));
        AttachedFile file = new AttachedFile(form.sha256(), form.originalName(), form.mediaType(), form.size());
        List<DraftComponent> c = blank.components();
        return blank.withApplyingAs(ApplyingAs.SOMEONE_ELSE)
                .withApplicant(new Applicant(null, "011090001234", "Lò Văn Pánh", "0912345678", null, null),
                        "Lò Thị Xuân", "011090005678")
                .withComponents(List.of(c.get(0).with(DraftComponent.Delivery.UPLOAD, file),
                        c.get(1).with(DraftComponent.Delivery.POST, null),
                        c.get(2).with(DraftComponent.Delivery.NOT_NEEDED, null),
                        c.get(3).with(DraftComponent.Delivery.NOT_NEEDED, null)))
                .withResult(ReturnMethod.ELECTRONIC, null, WARD);
    }
}
