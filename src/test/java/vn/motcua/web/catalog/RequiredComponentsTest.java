package vn.motcua.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.CatalogForms;
import vn.motcua.catalog.DossierComponent;
import vn.motcua.catalog.ProcedureForm;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierDraft;
import vn.motcua.dossier.DossierDrafts;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DraftComponent;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.WebTestSupport;

/**
 * A component the procedure requires (bắt buộc) cannot be marked "not applicable": the demo catalog
 * reads which ones are conditional from their wording, the portal does not offer the choice for the
 * others and refuses it when posted anyway, on the page and at submission, and the counter does not
 * receive a dossier without them.
 */
@MotcuaIntegrationTest
class RequiredComponentsTest {

    /** Household business registration: the application form is required, the other three are "nếu …". */
    static final String BASE = "/submit/1.001612";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Catalog catalog;
    @Autowired
    CatalogAdministration administration;
    @Autowired
    DossierDrafts drafts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DossierHandling handling;
    @Autowired
    DossierFixtures fixtures;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @Test
    void theDemoCatalogReadsConditionalComponentsFromTheirWording() {
        List<DossierComponent> birth = catalog.inForce("1.001193").content().components();
        assertThat(birth.get(0).required()).as("Tờ khai đăng ký khai sinh").isTrue();
        assertThat(birth.get(1).required()).as("Giấy chứng sinh").isTrue();
        assertThat(birth.get(2).conditional()).as("(trường hợp trẻ bị bỏ rơi)").isTrue();
        assertThat(birth.get(4).conditional()).as("(nếu ủy quyền)").isTrue();
        assertThat(catalog.inForce("1.004222").content().components().get(1).conditional())
                .as("(không cần nếu khai thác được từ CSDL)").isTrue();
        assertThat(catalog.inForce("1.004873").content().components().get(1).conditional())
                .as("(khi xin cấp lại)").isTrue();
        assertThat(catalog.inForce("1.001612").content().components())
                .extracting(DossierComponent::required).containsExactly(true, false, false, false);
    }

    @Test
    void anAdministratorMarksAComponentConditionalOnTheVersionEditor() throws Exception {
        administration.create(CatalogForms.valid("1.980101", "Thủ tục có giấy tờ tùy trường hợp", "101/QĐ-UBND"));
        assertThat(catalog.inForce("1.980101").content().components().getFirst().required()).isTrue();
        String editor = WebTestSupport.html(mvc, get("/admin/procedures/1.980101/edit")
                .with(WebTestSupport.as(context, "admin")));
        assertThat(editor).contains("name=\"components[0].conditional\"");

        ProcedureForm form = ProcedureForm.of(catalog.inForce("1.980101"));
        mvc.perform(post("/admin/procedures/1.980101").with(WebTestSupport.as(context, "admin"))
                        .with(WebTestSupport.formToken())
                        .param("name", form.name()).param("field", form.field()).param("level", form.level())
                        .param("agency", form.agency()).param("steps", form.steps()).param("methods", "counter", "online")
                        .param("components[0].name", "Tờ khai").param("components[0].originals", "1")
                        .param("components[0].copies", "0").param("components[0].conditional", "true")
                        .param("timeLimitValue", "10").param("timeLimitUnit", "working_days")
                        .param("applicants", "citizen").param("units", "000.00.02.H18").param("feesUnknown", "true")
                        .param("decisionNumber", "102/QĐ-UBND").param("decisionSignedOn", "2026-02-01")
                        .param("decisionEffectiveFrom", "2026-02-01").param("legalBasis", "Luật thử nghiệm")
                        .param("process[0].name", "Tiếp nhận").param("process[0].role", "RECEPTION")
                        .param("process[0].unit", "receiving").param("process[0].share", "10")
                        .param("process[1].name", "Giải quyết").param("process[1].role", "SPECIALIST")
                        .param("process[1].unit", "competent").param("process[1].share", "80")
                        .param("process[2].name", "Trả kết quả").param("process[2].role", "RECEPTION")
                        .param("process[2].unit", "receiving").param("process[2].share", "10"))
                .andExpect(redirectedUrl("/admin/procedures"));
        assertThat(catalog.inForce("1.980101").content().components().getFirst().conditional()).isTrue();
    }

    @Test
    void thePortalOffersNotApplicableOnlyForConditionalComponents() throws Exception {
        Cookie draft = startDraft();
        String page = WebTestSupport.html(mvc, get(BASE + "/documents").cookie(draft));
        assertThat(page).doesNotContain("id=\"components[0].delivery-NOT_NEEDED\"")
                .contains("id=\"components[1].delivery-NOT_NEEDED\"", "id=\"components[0].delivery-POST\"",
                        "Bắt buộc: tải tệp lên hoặc gửi bản giấy qua bưu điện.");
    }

    @Test
    void notApplicableForARequiredComponentIsRefusedNextToItInTheUsersLanguage() throws Exception {
        Cookie draft = startDraft();
        String refused = WebTestSupport.html(mvc, documents(draft));
        assertThat(refused).contains("href=\"#components[0].delivery\"",
                "Giấy tờ bắt buộc, không thể chọn “không áp dụng”: Giấy đề nghị đăng ký hộ kinh doanh.");
        assertThat(refused).doesNotContain("href=\"#components[1].delivery\"");

        String english = WebTestSupport.html(mvc, documents(draft).param("lang", "en"));
        assertThat(english).contains("This document is required and cannot be marked “not applicable”: "
                + "Giấy đề nghị đăng ký hộ kinh doanh.");
    }

    @Test
    void submittingADraftWithARequiredComponentNotApplicableIsRefusedAndMakesNoDossier() {
        DossierDraft draft = drafts.start("1.001612");
        List<DraftComponent> c = draft.answers().components();
        drafts.save(draft, draft.answers().withComponents(List.of(c.get(0).with(DraftComponent.Delivery.NOT_NEEDED, null),
                c.get(1).with(DraftComponent.Delivery.NOT_NEEDED, null), c.get(2).with(DraftComponent.Delivery.NOT_NEEDED, null),
                c.get(3).with(DraftComponent.Delivery.POST, null))));
        long dossiers = dossiers();

        try {
            drafts.submit(draft.id());
            throw new AssertionError("submitted");
        } catch (UserInputException refused) {
            assertThat(refused.problems()).anySatisfy(p -> {
                assertThat(p.field()).isEqualTo("components[0].delivery");
                assertThat(p.messageKey()).isEqualTo("catalog.component.notApplicable.refused");
            });
        }
        assertThat(dossiers()).as("nothing saved").isEqualTo(dossiers);
    }

    @Test
    void theCounterDoesNotReceiveADossierWithoutItsRequiredComponents() throws Exception {
        long dossiers = dossiers();
        String html = WebTestSupport.html(mvc, multipart("/office/reception/1.013859")
                .param("channel", "COUNTER").param("applicant.type", "CITIZEN")
                .param("applicant.idNumber", "011090007777").param("applicant.name", "Quàng Văn Nam")
                .param("components[0].name", "Đơn đề nghị").param("components[0].received", "true")
                .param("components[1].name", "Quyết định bổ nhiệm")
                .param("components[2].name", "Giấy tờ hội viên").param("components[2].received", "true")
                .param("returnMethod", "COUNTER")
                .with(WebTestSupport.as(context, "tiepnhan")).with(WebTestSupport.formToken()));

        assertThat(html).contains("href=\"#components[1].received\"", "id=\"components[1].received-error\"",
                "Giấy tờ bắt buộc, không thể chọn “không áp dụng”: Quyết định bổ nhiệm/bổ nhiệm lại công chứng viên");
        assertThat(html).doesNotContain("href=\"#components[0].received\"", "href=\"#components[2].received\"");
        assertThat(dossiers()).as("nothing saved").isEqualTo(dossiers);
    }

    @Test
    void noWayInRecordsARequiredComponentAsNotHandedIn() {
        long dossiers = dossiers();
        String required = "Quyết định bổ nhiệm/bổ nhiệm lại công chứng viên kèm 02 ảnh 2x3 cm";
        CounterReception reception = new CounterReception("1.013859", Channel.COUNTER,
                new Applicant(ApplicantType.CITIZEN, "011090007778", "Quàng Thị Na", null, null, null), null, null,
                List.of(new ComponentInput("Đơn đề nghị", 1, 0, true, false, false, List.of()),
                        new ComponentInput(required, 1, 0, false, false, false, List.of())),
                ReturnMethod.COUNTER, null, null, null);

        assertThatThrownBy(() -> handling.receiveAtCounter(fixtures.officer("tiepnhan"), reception))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::field).containsExactly("components[1].submitted"));
        assertThat(dossiers()).as("nothing saved").isEqualTo(dossiers);
    }

    private Cookie startDraft() throws Exception {
        return mvc.perform(post(BASE).with(WebTestSupport.formToken())).andReturn().getResponse()
                .getCookie("motcua-draft");
    }

    private MockMultipartHttpServletRequestBuilder documents(Cookie draft) {
        return multipart(BASE + "/documents").with(WebTestSupport.formToken()).cookie(draft)
                .param("components[0].delivery", "NOT_NEEDED").param("components[1].delivery", "NOT_NEEDED")
                .param("components[2].delivery", "NOT_NEEDED").param("components[3].delivery", "POST");
    }

    private long dossiers() {
        return jdbc.sql("select count(*) from dossier").query(Long.class).single();
    }
}
