package vn.motcua.web.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.datastore.DataStore;
import vn.motcua.datastore.NationalStoreSimulator;
import vn.motcua.datastore.StoredDocument;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.web.WebTestSupport;
import vn.motcua.web.portal.PortalFixtures;

/**
 * The data store's pages over HTTP: the applicant's own store once logged in, the officer's read-only
 * view for a dossier they can open, and reuse offered instead of an upload by the portal's wizard and
 * the counter's form — the dossier then holds the stored file, flagged reused, nothing uploaded.
 */
@MotcuaIntegrationTest
class DataStorePagesTest {

    static final String PASSWORD = "mot cau chuyen dai";
    static final String BUSINESS = "/submit/1.001612";
    /** What the household business procedure asks as its third component, in its own words. */
    static final String ID_CARD = "Thẻ căn cước";

    @Autowired WebApplicationContext context;
    @Autowired DossierFixtures fixtures;
    @Autowired DossierHandling handling;
    @Autowired DossierQueries queries;
    @Autowired DataStore store;
    @Autowired JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @Test
    void aLoggedInApplicantSeesTheirStoreAndReusesItsDocumentInTheWizardWithoutAnUpload() throws Exception {
        String id = PortalFixtures.newIdNumber();
        StoredDocument card = storedIdCard(id);
        MockHttpSession session = logIn(register(id));
        assertThat(page(session, "/account/data-store")).doesNotContain(card.file().originalName());
        link(session, card.dossierCode(), id);

        String mine = page(session, "/account/data-store");
        assertThat(mine).contains(ID_CARD, "Thành phần hồ sơ đã số hóa", card.dossierCode() + "/2",
                "/account/data-store/" + card.id() + "/file");
        assertThat(mvc.perform(get("/account/data-store/" + card.id() + "/file").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(scan(id));

        Cookie draft = startWizard(session, id);
        String documents = mvc.perform(get(BUSINESS + "/documents").session(session).cookie(draft))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(documents).contains("name=\"components[2].stored\"", "value=\"" + card.id() + "\"",
                "value=\"REUSE\"");
        assertThat(documents.indexOf("value=\"REUSE\"")).as("offered for the ID card only")
                .isEqualTo(documents.lastIndexOf("value=\"REUSE\""));

        mvc.perform(multipart(BUSINESS + "/documents").session(session).cookie(draft).with(WebTestSupport.formToken())
                        .file(new MockMultipartFile("components[0].file", "de-nghi.pdf", "application/pdf", pdf("form")))
                        .param("components[1].delivery", "NOT_NEEDED").param("components[2].delivery", "REUSE")
                        .param("components[2].stored", String.valueOf(card.id()))
                        .param("components[3].delivery", "NOT_NEEDED"))
                .andExpect(redirectedUrl(BUSINESS + "/result"));
        mvc.perform(post(BUSINESS + "/result").session(session).cookie(draft).with(WebTestSupport.formToken())
                .param("returnMethod", "COUNTER").param("receivingUnit", "000.01.31.H18"))
                .andExpect(redirectedUrl(BUSINESS + "/check"));
        mvc.perform(post(BUSINESS + "/check").session(session).cookie(draft).with(WebTestSupport.formToken()))
                .andExpect(redirectedUrl(BUSINESS + "/confirmation"));

        DossierView.Component reused = otherDossierOf(id, card.dossierCode()).components().get(2);
        assertThat(reused.reused()).isTrue();
        assertThat(reused.files()).containsExactly(card.file());
    }

    @Test
    void aVisitorTypingSomeonesIdNumberIsOfferedNothingAndCannotClaimTheirDocument() throws Exception {
        String id = PortalFixtures.newIdNumber();
        StoredDocument card = storedIdCard(id);
        Cookie draft = startWizard(new MockHttpSession(), id);
        assertThat(mvc.perform(get(BUSINESS + "/documents").cookie(draft)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("REUSE", "components[2].stored");

        String refused = mvc.perform(multipart(BUSINESS + "/documents").cookie(draft).with(WebTestSupport.formToken())
                        .file(new MockMultipartFile("components[0].file", "de-nghi.pdf", "application/pdf", pdf("form")))
                        .param("components[1].delivery", "NOT_NEEDED").param("components[2].delivery", "REUSE")
                        .param("components[2].stored", String.valueOf(card.id()))
                        .param("components[3].delivery", "NOT_NEEDED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#components[2].stored\"", "Kho dữ liệu của người nộp không có giấy tờ này");
    }

    @Test
    void theCounterOffersTheApplicantsStoreAndReceivesTheStoredFileFlaggedReused() throws Exception {
        String id = PortalFixtures.newIdNumber();
        StoredDocument card = storedIdCard(id);
        String form = mvc.perform(counterForm(id).param("lookup", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"components[2].stored\"", "value=\"" + card.id() + "\"");
        assertThat(form).doesNotContain("name=\"components[0].stored\"");

        String someoneElses = String.valueOf(storedIdCard(PortalFixtures.newIdNumber()).id());
        assertThat(mvc.perform(counterForm(id).param("components[2].stored", someoneElses))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("href=\"#components[2].stored\"");

        MvcResult received = mvc.perform(counterForm(id).param("components[2].stored", String.valueOf(card.id())))
                .andExpect(status().is3xxRedirection()).andReturn();
        String code = received.getResponse().getRedirectedUrl().substring("/office/dossiers/".length());
        DossierView.Component reused = queries.find(code).orElseThrow().components().get(2);
        assertThat(reused.reused()).isTrue();
        assertThat(reused.files()).containsExactly(card.file());
    }

    @Test
    void anOfficerSeesTheApplicantsStoreOnlyForADossierTheyCanOpen() throws Exception {
        String id = PortalFixtures.newIdNumber();
        StoredDocument card = storedIdCard(id);
        String path = "/office/dossiers/" + card.dossierCode() + "/data-store";
        assertThat(WebTestSupport.html(mvc, get("/office/dossiers/" + card.dossierCode())
                .with(WebTestSupport.as(context, "tiepnhan")))).contains("href=\"" + path + "\"");
        assertThat(WebTestSupport.html(mvc, get(path).with(WebTestSupport.as(context, "tiepnhan"))))
                .contains(ID_CARD, path + "/" + card.id() + "/file");
        mvc.perform(get(path + "/" + card.id() + "/file").with(WebTestSupport.as(context, "tiepnhan")))
                .andExpect(status().isOk());
        mvc.perform(get(path).with(WebTestSupport.as(context, "chuyenvien.taichinh"))).andExpect(status().isNotFound());
        mvc.perform(get(path + "/" + card.id() + "/file").with(WebTestSupport.as(context, "chuyenvien.taichinh")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCommunesSpecialistCertifiesACopyFromTheDossierPageAndPrintsTheSealedCopy() throws Exception {
        String id = PortalFixtures.newIdNumber();
        String code = fixtures.copyCertificationAtSpecialist(id).code();
        String path = "/office/dossiers/" + code + "/certified-copy";
        assertThat(WebTestSupport.html(mvc, get("/office/dossiers/" + code)
                .with(WebTestSupport.as(context, "chuyenvien.dienbienphu")))).contains("href=\"" + path + "\"");

        String page = mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", "khai-sinh.pdf", "application/pdf", onePage()))
                        .param("documentType", "Giấy khai sinh")
                        .with(WebTestSupport.as(context, "chuyenvien.dienbienphu")).with(WebTestSupport.formToken()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        StoredDocument copy = store.of(id).getFirst();
        assertThat(page).contains("Đã chứng thực bản sao số " + copy.reference(), "2.000 đồng",
                path + "/" + copy.reference() + "/file");
        assertThat(mvc.perform(get(path + "/" + copy.reference() + "/file")
                        .with(WebTestSupport.as(context, "chuyenvien.dienbienphu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())
                .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(WebTestSupport.html(mvc, get("/office/dossiers/" + code)
                .with(WebTestSupport.as(context, "tiepnhan.dienbienphu")))).contains(copy.reference());

        assertThat(mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", onePage()))
                        .param("documentType", "Giấy khai sinh")
                        .with(WebTestSupport.as(context, "chuyenvien.dienbienphu")).with(WebTestSupport.formToken()))
                .andReturn().getResponse().getContentAsString())
                .as("the dossier now waits for the fee: no second copy").contains("href=\"#dossier\"");
        mvc.perform(get(path).with(WebTestSupport.as(context, "chuyenvien.taichinh")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aScanThatIsNotAPdfIsRefusedOnTheFormAndNothingIsCertified() throws Exception {
        String id = PortalFixtures.newIdNumber();
        String code = fixtures.copyCertificationAtSpecialist(id).code();
        assertThat(mvc.perform(multipart("/office/dossiers/" + code + "/certified-copy")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf("not really")))
                        .param("documentType", "Giấy khai sinh")
                        .with(WebTestSupport.as(context, "chuyenvien.dienbienphu")).with(WebTestSupport.formToken()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("href=\"#file\"");
        assertThat(store.of(id)).isEmpty();
    }

    @Test
    void theAdministratorSeesThePushQueueAndSetsTheSimulatorsMode(@Autowired NationalStoreSimulator simulator)
            throws Exception {
        try {
            mvc.perform(post("/admin/national-data-store/mode").param("mode", "DOWN")
                            .with(WebTestSupport.as(context, "admin")).with(WebTestSupport.formToken()))
                    .andExpect(redirectedUrl("/admin/national-data-store"));
            assertThat(simulator.mode()).isEqualTo(SimulatorMode.DOWN);
            assertThat(WebTestSupport.html(mvc, get("/admin/national-data-store")
                    .with(WebTestSupport.as(context, "admin")))).contains("Đang chờ đẩy", "value=\"DOWN\"");
            mvc.perform(post("/admin/national-data-store/mode").param("mode", "SIDEWAYS")
                            .with(WebTestSupport.as(context, "admin")).with(WebTestSupport.formToken()))
                    .andExpect(status().isBadRequest());
            mvc.perform(get("/admin/national-data-store").with(WebTestSupport.as(context, "tiepnhan")))
                    .andExpect(status().isForbidden());
        } finally {
            simulator.setMode(SimulatorMode.UP);
        }
    }

    private static byte[] onePage() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A dossier received for {@code id} with a scan of their ID card, kept by the store at reception. */
    private StoredDocument storedIdCard(String id) throws Exception {
        AttachedFile scan = fixtures.stored("tiepnhan", "can-cuoc.pdf", scan(id));
        handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(DossierFixtures.NOTARY_CARD,
                Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, id, "Lò Thị Hoa", "0912345678", null, null),
                null, null, List.of(new ComponentInput("Đơn đề nghị cấp thẻ công chứng viên", 1, 0, true, false,
                        false, List.of()), new ComponentInput(ID_CARD, 0, 1, true, false, false, List.of(scan))),
                ReturnMethod.COUNTER, null, null, null));
        Await.until(() -> !store.of(id).isEmpty());
        return store.of(id).getFirst();
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder counterForm(String id) {
        var form = multipart("/office/reception/1.001612").with(WebTestSupport.as(context, "tiepnhan.dienbienphu"))
                .with(WebTestSupport.formToken());
        form.param("channel", "COUNTER").param("applicant.type", "CITIZEN").param("applicant.idNumber", id)
                .param("applicant.name", "Lò Thị Hoa").param("returnMethod", "COUNTER");
        String[] names = {"Giấy đề nghị đăng ký hộ kinh doanh",
                "Bản sao văn bản ủy quyền của các thành viên hộ gia đình cho một thành viên làm chủ hộ (nếu hộ gia đình đăng ký)",
                "Bản sao thẻ căn cước/CCCD (nếu chưa có tài khoản định danh điện tử để xác thực)",
                "Văn bản ủy quyền / hợp đồng dịch vụ (nếu ủy quyền nộp hồ sơ)"};
        for (int i = 0; i < names.length; i++) {
            form.param("components[" + i + "].name", names[i]);
        }
        return form.param("components[0].received", "true").param("components[2].received", "true");
    }

    private Cookie startWizard(MockHttpSession session, String id) throws Exception {
        Cookie draft = mvc.perform(post(BUSINESS).session(session).with(WebTestSupport.formToken())).andReturn()
                .getResponse().getCookie("motcua-draft");
        mvc.perform(post(BUSINESS + "/who").session(session).cookie(draft).with(WebTestSupport.formToken())
                .param("applyingAs", "MYSELF"));
        mvc.perform(post(BUSINESS + "/applicant").session(session).cookie(draft).with(WebTestSupport.formToken())
                        .param("applicant.name", "Lò Thị Hoa").param("applicant.idNumber", id))
                .andExpect(redirectedUrl(BUSINESS + "/documents"));
        return draft;
    }

    /** The applicant's one dossier other than {@code first}. */
    private DossierView otherDossierOf(String id, String first) {
        String code = jdbc.sql("select code from dossier where applicant_id_number = ? and code <> ?")
                .params(id, first).query(String.class).single();
        return queries.find(code).orElseThrow();
    }

    private String register(String id) throws Exception {
        mvc.perform(post("/account/register").with(WebTestSupport.formToken()).param("username", "u" + id)
                        .param("type", "CITIZEN").param("idNumber", id).param("fullName", "Lò Thị Hoa")
                        .param("phone", "0912345678").param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD))
                .andExpect(redirectedUrl("/account/login?registered"));
        return "u" + id;
    }

    private MockHttpSession logIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/account/login").session(session).with(WebTestSupport.formToken())
                .param("username", username).param("password", PASSWORD)).andExpect(redirectedUrl("/account/dossiers"));
        return session;
    }

    private void link(MockHttpSession session, String code, String id) throws Exception {
        mvc.perform(post("/account/link").session(session).with(WebTestSupport.formToken()).param("code", code)
                .param("idNumber", id)).andExpect(redirectedUrl("/account/dossiers"));
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static byte[] scan(String id) {
        return pdf("ID card " + id);
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}
