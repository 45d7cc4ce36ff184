package vn.motcua.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplyingAs;
import vn.motcua.dossier.DossierDraft;
import vn.motcua.dossier.DossierDrafts;
import vn.motcua.dossier.DraftComponent;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.web.WebTestSupport;

/**
 * "Send by post" tells the citizen where to send the paper: units have a postal address an
 * administrator keeps (the demo's are labelled as made up), and the portal shows the receiving unit's
 * wherever it offers or confirms sending papers by post.
 */
@MotcuaIntegrationTest
class PostalAddressTest {

    static final String WARD = "000.01.31.H18";
    static final String WARD_ADDRESS = "Trụ sở Ủy ban nhân dân phường Điện Biên Phủ, tỉnh Điện Biên (địa chỉ mẫu của bản demo)";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UnitDirectory units;
    @Autowired
    DossierDrafts drafts;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @Test
    void anAdministratorEntersAUnitsPostalAddressWithinItsLimit() throws Exception {
        mvc.perform(unitForm("Số 9 đường Hoàng Văn Thái,\nxã Thử Nghiệm")).andExpect(redirectedUrl("/admin/units"));
        assertThat(units.get("000.21.31.H18").postalAddress()).isEqualTo("Số 9 đường Hoàng Văn Thái,\nxã Thử Nghiệm");
        assertThat(WebTestSupport.html(mvc, get("/admin/units/000.21.31.H18").with(WebTestSupport.as(context, "admin"))))
                .contains("Địa chỉ nhận hồ sơ qua bưu điện", "Số 9 đường Hoàng Văn Thái,");

        String refused = WebTestSupport.html(mvc, unitForm("Đ".repeat(501)));
        assertThat(refused).contains("href=\"#postalAddress\"", "Tối đa 500 ký tự.");
        assertThat(units.get("000.21.31.H18").postalAddress()).as("nothing saved").startsWith("Số 9");
    }

    @Test
    void theDemoUnitsHaveAddressesMarkedAsMadeUp() {
        assertThat(units.get(WARD).postalAddress()).isEqualTo(WARD_ADDRESS);
        assertThat(units.get("000.00.01.H18").postalAddress())
                .isEqualTo("Số 3 đường Võ Nguyên Giáp, phường Mường Thanh, tỉnh Điện Biên (địa chỉ mẫu của bản demo)");
    }

    @Test
    void theProcedurePageSaysWhereToPostADossier() throws Exception {
        assertThat(WebTestSupport.html(mvc, get("/procedures/1.001612")))
                .contains("Địa chỉ gửi hồ sơ qua bưu điện", "Ủy ban nhân dân phường Điện Biên Phủ: " + WARD_ADDRESS);
    }

    @Test
    void theCheckPageAndTheConfirmationSayWhereToSendThePapersByPost() throws Exception {
        DossierDraft draft = drafts.start("1.001612");
        List<DraftComponent> c = draft.answers().components();
        drafts.save(draft, draft.answers().withApplyingAs(ApplyingAs.MYSELF)
                .withApplicant(new Applicant(null, "011090002468", "Lò Văn Pánh", "0912345678", null, null), null, null)
                .withComponents(List.of(c.get(0).with(DraftComponent.Delivery.POST, null),
                        c.get(1).with(DraftComponent.Delivery.NOT_NEEDED, null),
                        c.get(2).with(DraftComponent.Delivery.NOT_NEEDED, null),
                        c.get(3).with(DraftComponent.Delivery.NOT_NEEDED, null))));
        Cookie cookie = new Cookie("motcua-draft", draft.id());
        assertThat(WebTestSupport.html(mvc, get("/submit/1.001612/documents").cookie(cookie)))
                .contains("Địa chỉ gửi bản giấy hiện ra khi bạn chọn nơi tiếp nhận hồ sơ ở bước sau.");

        drafts.save(drafts.find(draft.id()).orElseThrow(), drafts.find(draft.id()).orElseThrow().answers()
                .withResult(ReturnMethod.COUNTER, null, WARD));
        String sendTo = "Gửi bản giấy qua bưu điện tới Ủy ban nhân dân phường Điện Biên Phủ, địa chỉ: " + WARD_ADDRESS;
        assertThat(WebTestSupport.html(mvc, get("/submit/1.001612/check").cookie(cookie))).contains(sendTo);

        mvc.perform(post("/submit/1.001612/check").cookie(cookie).with(WebTestSupport.formToken()))
                .andExpect(redirectedUrl("/submit/1.001612/confirmation"));
        assertThat(WebTestSupport.html(mvc, get("/submit/1.001612/confirmation").cookie(cookie))).contains(sendTo);
        assertThat(WebTestSupport.html(mvc, get("/submit/1.001612/confirmation").cookie(cookie).param("lang", "en")))
                .contains("Send the paper by post to Ủy ban nhân dân phường Điện Biên Phủ, address: " + WARD_ADDRESS);
    }

    private MockHttpServletRequestBuilder unitForm(String address) {
        boolean exists = units.find("000.21.31.H18").isPresent();
        return post(exists ? "/admin/units/000.21.31.H18" : "/admin/units")
                .with(WebTestSupport.as(context, "admin")).with(WebTestSupport.formToken())
                .param("identifier", "000.21.31.H18").param("name", "Ủy ban nhân dân xã Thử Nghiệm")
                .param("level", "COMMUNE").param("kind", "COMMUNE").param("parent", "000.00.00.H18")
                .param("active", "true").param("postalAddress", address);
    }
}
