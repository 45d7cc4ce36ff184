package vn.motcua.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierDocumentKind;
import vn.motcua.result.DossierDocuments;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.SupplementAnswer;
import vn.motcua.dossier.SupplementItem;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.OfficeSamples;
import vn.motcua.web.WebTestSupport;

/**
 * A supplement request names what it concerns: the notary card dossier's application form
 * (component 1, "Đơn đề nghị cấp thẻ công chứng viên", handed in on paper) must be signed again, and a
 * copy of the appointment decision, which the dossier lacks, must be added. The applicant answers on
 * the dossier's own page, one upload field per item: the form's scan fills component 1 — still one
 * component, now digitised — and the decision becomes component 2.
 */
@MotcuaIntegrationTest
class SupplementItemsTest {

    static final String FORM = "Đơn đề nghị cấp thẻ công chứng viên";
    static final String DECISION = "Bản sao quyết định bổ nhiệm công chứng viên";

    @Autowired
    WebApplicationContext context;
    @Autowired
    PortalFixtures fixtures;
    @Autowired
    DossierFixtures dossiers;
    @Autowired
    DossierDocuments documents;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    /** Received, sent to Justice, where the specialist asks for the two items. */
    DossierView waiting() {
        DossierView d = dossiers.act("tiepnhan", fixtures.received(PortalFixtures.newIdNumber(), "Mùa A Dính"),
                new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        return dossiers.act("chuyenvien.tuphap", d, new DossierCommand.RequestSupplement(List.of(
                new SupplementItem(1, "", "Thiếu chữ ký người đề nghị"),
                new SupplementItem(DECISION, "Chưa có bản sao chứng thực"))));
    }

    @Test
    void theUploadFillsTheRequestedComponentAndTheNewDocumentIsAdded() throws Exception {
        DossierView d = waiting();
        assertThat(d.supplements().getLast().items()).containsExactly(
                new SupplementItem(1, FORM, "Thiếu chữ ký người đề nghị"),
                new SupplementItem(DECISION, "Chưa có bản sao chứng thực"));
        MockHttpSession session = following(d, "10.9.3.1");

        String page = page(session, "/follow/" + d.code());
        assertThat(page).contains(FORM, "Thay thế, bổ sung thành phần số 1 của hồ sơ", DECISION,
                "Giấy tờ mới, hồ sơ chưa có", "name=\"item1\"", "name=\"item2\"");

        mvc.perform(multipart("/follow/" + d.code() + "/supplement").session(session).with(WebTestSupport.formToken())
                        .file(new MockMultipartFile("item1", "don-da-ky.pdf", "application/pdf", OfficeSamples.uniquePdf()))
                        .file(new MockMultipartFile("item2", "quyet-dinh.pdf", "application/pdf", OfficeSamples.uniquePdf()))
                        .param("version", String.valueOf(d.lockVersion())))
                .andExpect(redirectedUrl("/follow/" + d.code()));

        DossierView after = fixtures.current(d.code());
        assertThat(after.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(after.components()).hasSize(2);
        DossierView.Component form = after.components().getFirst();
        assertThat(form.name()).isEqualTo(FORM);
        assertThat(form.originals()).isEqualTo(1);
        assertThat(form.submitted()).isTrue();
        assertThat(form.digitised()).isTrue();
        assertThat(form.files()).extracting(f -> f.originalName()).containsExactly("don-da-ky.pdf");
        DossierView.Component decision = after.components().getLast();
        assertThat(decision.name()).isEqualTo(DECISION);
        assertThat(decision.digitised()).isTrue();
        assertThat(decision.files()).extracting(f -> f.originalName()).containsExactly("quyet-dinh.pdf");
    }

    @Test
    void anItemLeftUnansweredIsRefusedByNameAndNothingIsSaved() throws Exception {
        DossierView d = waiting();
        MockHttpSession session = following(d, "10.9.3.2");

        String refused = mvc.perform(multipart("/follow/" + d.code() + "/supplement").session(session)
                        .with(WebTestSupport.formToken())
                        .file(new MockMultipartFile("item2", "quyet-dinh.pdf", "application/pdf", OfficeSamples.uniquePdf()))
                        .param("version", String.valueOf(d.lockVersion())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#item1\"", "Chọn tệp cho giấy tờ: " + FORM + ".")
                .doesNotContain("href=\"#item2\"");

        DossierView counter = d;
        assertThatThrownBy(() -> dossiers.act("tiepnhan", counter, new DossierCommand.Supplement(
                List.of(new SupplementAnswer(2, 0, 1, List.of())), "Nộp tại quầy")))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::messageKey, p -> p.arguments()[0])
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("supplements.answer.missing", FORM)));
        DossierView now = fixtures.current(d.code());
        assertThat(now.lockVersion()).isEqualTo(d.lockVersion());
        assertThat(now.components()).hasSize(1);
        assertThat(now.components().getFirst().files()).isEmpty();
    }

    @Test
    void aComponentTheDossierDoesNotHaveCannotBeAskedFor() {
        DossierView d = dossiers.act("tiepnhan", fixtures.received(PortalFixtures.newIdNumber(), "Mùa A Dính"),
                new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        assertThatThrownBy(() -> dossiers.act("chuyenvien.tuphap", d, new DossierCommand.RequestSupplement(List.of(
                new SupplementItem(7, "", "Thiếu")))))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::messageKey)
                        .containsExactly("supplements.item.noSuchComponent"));
    }

    @Test
    void theOfficePageAndTheRequestPdfListTheItemsWithTheComponentTheyConcern() throws Exception {
        DossierView d = waiting();

        String office = WebTestSupport.html(mvc, get("/office/dossiers/" + d.code())
                .with(WebTestSupport.as(context, "tiepnhan")));
        assertThat(office).contains(FORM + ": Thiếu chữ ký người đề nghị",
                "(Thay thế, bổ sung thành phần số 1 của hồ sơ)", DECISION + ": Chưa có bản sao chứng thực",
                "name=\"answers[0].item\"", "name=\"answers[1].item\"");

        String pdf = text(documents.render(dossiers.officer("tiepnhan"), d.code(),
                DossierDocumentKind.SUPPLEMENT_REQUEST, Locale.of("vi")));
        assertThat(pdf).contains("1 " + FORM + " Thành phần số 1 của hồ sơ Thiếu chữ ký người đề nghị",
                "2 " + DECISION + " Giấy tờ hồ sơ chưa có Chưa có bản sao chứng thực");
    }

    /** The office forms: the specialist picks component 1 from the list; the counter records the paper for it. */
    @Test
    void atTheOfficeTheComponentIsChosenAndThePaperBroughtFillsIt() throws Exception {
        DossierView d = dossiers.act("tiepnhan", fixtures.received(PortalFixtures.newIdNumber(), "Mùa A Dính"),
                new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        String path = "/office/dossiers/" + d.code() + "/actions/";
        mvc.perform(post(path + "REQUEST_SUPPLEMENT").with(WebTestSupport.formToken())
                        .with(WebTestSupport.as(context, "chuyenvien.tuphap"))
                        .param("version", String.valueOf(d.lockVersion())).param("items[0].component", "1")
                        .param("items[0].name", "").param("items[0].reason", "Thiếu bản chính")
                        .param("items[1].component", "").param("items[1].name", "").param("items[1].reason", ""))
                .andExpect(status().is3xxRedirection());
        DossierView asked = fixtures.current(d.code());
        assertThat(asked.supplements().getLast().items()).containsExactly(new SupplementItem(1, FORM, "Thiếu bản chính"));

        mvc.perform(post(path + "SUPPLEMENT").with(WebTestSupport.formToken()).with(WebTestSupport.as(context, "tiepnhan"))
                        .param("version", String.valueOf(asked.lockVersion())).param("answers[0].item", "1")
                        .param("answers[0].originals", "1").param("answers[0].copies", "0"))
                .andExpect(status().is3xxRedirection());
        DossierView after = fixtures.current(d.code());
        assertThat(after.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(after.components()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo(FORM);
            assertThat(c.originals()).isEqualTo(2);
        });
    }

    /** A request stored before items named components ({"name", "reason"} only) reads as new documents. */
    @Test
    void anOldRequestStillReadsAndIsAnsweredWithNewComponents() throws Exception {
        DossierView d = waiting();
        jdbc.sql("""
                update dossier_supplement set items = cast(? as jsonb)
                 where dossier_id = (select id from dossier where code = ?)""")
                .params("[{\"name\": \"Ảnh 2x3 cm\", \"reason\": \"Thiếu 02 ảnh\"}]", d.code()).update();

        DossierView old = fixtures.current(d.code());
        assertThat(old.supplements().getLast().items()).containsExactly(new SupplementItem("Ảnh 2x3 cm", "Thiếu 02 ảnh"));
        assertThat(page(following(old, "10.9.3.3"), "/follow/" + d.code())).contains("Ảnh 2x3 cm",
                "Giấy tờ mới, hồ sơ chưa có");

        DossierView after = dossiers.act("tiepnhan", old, new DossierCommand.Supplement(
                List.of(new SupplementAnswer(1, 0, 2, List.of())), null));
        assertThat(after.components()).extracting(DossierView.Component::name).containsExactly(FORM, "Ảnh 2x3 cm");
        assertThat(after.components().getLast().copies()).isEqualTo(2);
    }

    private MockHttpSession following(DossierView dossier, String address) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/follow").session(session).with(WebTestSupport.formToken()).with(PortalFixtures.from(address))
                        .param("code", dossier.code()).param("idNumber", dossier.applicant().idNumber()))
                .andExpect(redirectedUrl("/follow/" + dossier.code()));
        return session;
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String text(DossierDocuments.Pdf pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
