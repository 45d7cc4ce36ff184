package vn.motcua.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.CatalogForms;
import vn.motcua.catalog.Procedure;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.WebTestSupport;

/**
 * The result's whole signing path: the specialist generates the draft from the procedure's template
 * (code and QR code on it at once), the leader signs it personally by approving, the clerk's "mark
 * done" seals it; the file returned carries both signatures, each valid to the demo root. A draft the
 * leader has not signed is not issued; a leader whose certificate is revoked cannot approve.
 */
@MotcuaIntegrationTest
class ResultDraftTest {

    @Autowired
    DossierFixtures fixtures;
    @Autowired
    DossierQueries queries;
    @Autowired
    ResultDrafts drafts;
    @Autowired
    ResultDocuments results;
    @Autowired
    Certificates certificates;
    @Autowired
    PersonalSignature personal;
    @Autowired
    FileStore files;
    @Autowired
    UnitDirectory units;
    @Autowired
    OfficerDirectory officers;
    @Autowired
    TestClock clock;
    @Autowired
    WebApplicationContext context;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theSpecialistDraftsTheLeaderSignsByApprovingTheClerkSeals() throws Exception {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        DossierView d = fixtures.receiveNotaryCard("011090008001", "Quàng Thị Mai", ReturnMethod.ELECTRONIC);
        d = fixtures.act("tiepnhan", d, new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        MockMvc mvc = WebTestSupport.mockMvc(context);
        mvc.perform(multipart("/office/dossiers/{code}/result-drafts", d.code()).param("generate", "true")
                        .with(WebTestSupport.formToken())
                        .with(user(WebTestSupport.officer(context, "chuyenvien.tuphap"))))
                .andExpect(redirectedUrl("/office/dossiers/" + d.code()));
        String code = d.code() + "-KQ1";
        mvc.perform(get("/office/dossiers/{code}", d.code()).with(user(WebTestSupport.officer(context, "chuyenvien.tuphap"))))
                .andExpect(content().string(containsString(code)));
        d = queries.get(fixtures.officer("tiepnhan"), d.code());
        assertThat(drafts.pending(d)).singleElement().satisfies(draft -> assertThat(draft.signed()).isFalse());

        d = fixtures.act("chuyenvien.tuphap", d, new DossierCommand.CompleteStep("Đủ điều kiện"));
        d = fixtures.act("lanhdao.tuphap", d, new DossierCommand.CompleteStep("Đồng ý"));
        assertThat(drafts.pending(d)).singleElement().satisfies(draft -> assertThat(draft.signedBy())
                .isEqualTo("lanhdao.tuphap"));
        d = fixtures.act("vanthu.tuphap", d, new DossierCommand.MarkDone("Số 31/TCCV"));

        ResultDocument result = results.of(d).getFirst();
        assertThat(result.code()).isEqualTo(code);
        assertThat(drafts.pending(d)).isEmpty();
        byte[] pdf = read(result);
        SimpleReport report = validate(pdf);
        String unitName = units.get(d.competentUnit()).name();
        assertThat(report.getSignatureIdList()).hasSize(2).allSatisfy(id -> assertThat(report.getIndication(id))
                .isEqualTo(Indication.TOTAL_PASSED));
        assertThat(report.getSignatureIdList()).extracting(report::getSignedBy).satisfiesExactlyInAnyOrder(
                leader -> assertThat(leader).contains(officers.get("lanhdao.tuphap").fullName()),
                unit -> assertThat(unit).contains(unitName));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Quàng Thị Mai", "011090008001",
                    "Mã kết quả: " + code);
        }
        DossierView done = d;
        assertThat(fixtures.act("tiepnhan", done, new DossierCommand.ReturnResult(ReturnMethod.ELECTRONIC, null))
                .status()).isEqualTo(DossierStatus.RETURNED);
    }

    @Test
    void aResultTheProcedureIssuesUnderTheSealAloneIsApprovedUnsignedAndSealedOnce(
            @Autowired CatalogAdministration administration, @Autowired DossierHandling handling) throws Exception {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        Procedure sealOnly = administration.create(
                CatalogForms.sealOnly("1.990815", "Thủ tục thử: kết quả chỉ đóng dấu", "81/QĐ-UBND"));
        DossierView d = handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(sealOnly.code(),
                Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, "011090008004", "Lò Văn Sáng", "0912345678",
                        null, "Phường Mường Thanh, tỉnh Điện Biên"),
                null, null, List.of(new ComponentInput("Tờ khai", 1, 0, true, false, false, List.of())),
                ReturnMethod.ELECTRONIC, null, null, null));
        d = fixtures.act("tiepnhan", d, new DossierCommand.CompleteStep(null));
        drafts.generate(fixtures.officer("chuyenvien.tuphap"), d);
        d = fixtures.act("chuyenvien.tuphap", d, new DossierCommand.CompleteStep(null));
        d = fixtures.act("lanhdao.tuphap", d, new DossierCommand.CompleteStep("Đồng ý"));
        assertThat(drafts.pending(d)).singleElement().satisfies(draft -> assertThat(draft.signed()).isFalse());

        d = fixtures.act("vanthu.tuphap", d, new DossierCommand.MarkDone("Số 7/XN"));

        SimpleReport report = validate(read(results.of(d).getFirst()));
        assertThat(report.getSignatureIdList()).singleElement().satisfies(id -> {
            assertThat(report.getIndication(id)).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(report.getSignedBy(id)).contains(units.get("000.00.02.H18").name());
        });
    }

    @Test
    void aDraftTheLeaderHasNotSignedIsNotIssued() {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        DossierView d = fixtures.toResultStep(fixtures.receiveNotaryCard("011090008002", "Lường Văn Tám",
                ReturnMethod.ELECTRONIC));
        drafts.generate(fixtures.officer("lanhdao.tuphap"), d);

        assertThatThrownBy(() -> fixtures.act("vanthu.tuphap", d, new DossierCommand.MarkDone(null)))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::messageKey).containsExactly("result.draft.unsigned"));
        assertThat(results.of(queries.get(fixtures.officer("tiepnhan"), d.code()))).isEmpty();
    }

    @Test
    void aLeaderWhoseCertificateIsRevokedCannotApproveADraft() {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        DossierView d = fixtures.receiveNotaryCard("011090008003", "Cà Thị Chiến", ReturnMethod.ELECTRONIC);
        d = fixtures.act("tiepnhan", d, new DossierCommand.CompleteStep(null));
        drafts.generate(fixtures.officer("chuyenvien.tuphap"), d);
        DossierView atLeader = fixtures.act("chuyenvien.tuphap", d, new DossierCommand.CompleteStep(null));
        personal.sign("lanhdao.tuphap", vn.motcua.web.OfficeSamples.pdf(), "Ký trước đó: chứng thư của lãnh đạo đã có");
        CertificateSummary leader = certificates.all().stream()
                .filter(c -> c.role() == CertificateRole.PERSONAL && "lanhdao.tuphap".equals(c.holder()))
                .reduce((a, b) -> b).orElseThrow();
        certificates.revoke(leader.serial(), RevocationReason.KEY_COMPROMISE, "admin");
        try {
            assertThatThrownBy(() -> fixtures.act("lanhdao.tuphap", atLeader, new DossierCommand.CompleteStep(null)))
                    .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                            .extracting(UserInputException.Problem::messageKey).containsExactly("result.sign.revoked"));
            assertThat(queries.get(fixtures.officer("tiepnhan"), d.code()).currentStep()).isEqualTo(atLeader.currentStep());
        } finally {
            certificates.reissue(leader.serial());
        }
    }

    private byte[] read(ResultDocument result) throws IOException {
        try (InputStream in = files.open(result.file().sha256())) {
            return in.readAllBytes();
        }
    }

    private static SimpleReport validate(byte[] pdf) throws IOException {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        try (InputStream root = Files.newInputStream(Path.of("target/test-pki/trusted/motcua-demo-root.crt"))) {
            trusted.addCertificate(DSSUtils.loadCertificate(root));
        }
        verifier.setTrustedCertSources(trusted);
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        validator.setLocale(Locale.ENGLISH);
        return validator.validateDocument().getSimpleReport();
    }
}
