package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.DeliveryState;
import vn.motcua.delivery.PostSimulatorMode;
import vn.motcua.delivery.VnPostSimulator;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierView;
import vn.motcua.web.portal.PortalFixtures;

/**
 * The post on the pages: the applicant asks for a pick-up on the follow page and sees the parcel's tracking
 * number, postage and states; the counter officer's form refuses what breaks its limits with the reasons, in
 * Vietnamese; the administrator sees the order and moves the simulator's parcel.
 */
@MotcuaIntegrationTest
class PostPagesTest {

    @Autowired WebApplicationContext context;
    @Autowired DossierFixtures fixtures;
    @Autowired Deliveries deliveries;
    @Autowired VnPostSimulator simulator;

    MockMvc mvc;
    UserDetails admin;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
        admin = WebTestSupport.officer(context, "admin");
    }

    @AfterEach
    void restore() {
        simulator.setMode(PostSimulatorMode.UP);
    }

    @Test
    void theApplicantAsksForAPickUpAndFollowsTheParcelAndTheAdministratorMovesIt() throws Exception {
        DossierView d = fixtures.receiveNotaryCard(PortalFixtures.newIdNumber(), "Lò Thị Thư");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/follow").session(session).with(WebTestSupport.formToken())
                        .with(PortalFixtures.from("10.13.0.1")).param("code", d.code())
                        .param("idNumber", d.applicant().idNumber()))
                .andExpect(redirectedUrl("/follow/" + d.code()));
        assertThat(WebTestSupport.html(mvc, get("/follow/" + d.code()).session(session)))
                .contains("Dịch vụ bưu chính công ích", "Thu gom hồ sơ giấy tại địa chỉ dưới đây");

        mvc.perform(post("/follow/" + d.code() + "/post").session(session).with(WebTestSupport.formToken())
                        .param("post.pickUp", "true").param("post.name", "Lò Thị Thư")
                        .param("post.phone", "0987654321").param("post.address", "Bản Noong Bua")
                        .param("post.provinceCode", "11").param("post.communeCode", "03160"))
                .andExpect(redirectedUrl("/follow/" + d.code() + "#post"));
        String number = d.code() + "-BC-HS";
        Await.until(() -> deliveries.byOrderNumber(number).orElseThrow().state() == DeliveryState.REGISTERED);
        String itemCode = deliveries.byOrderNumber(number).orElseThrow().itemCode();

        mvc.perform(post("/admin/post/advance").with(WebTestSupport.formToken()).with(user(admin))
                        .param("orderNumber", number).param("state", "COLLECTING"))
                .andExpect(redirectedUrl("/admin/post"));
        assertThat(WebTestSupport.html(mvc, get("/follow/" + d.code()).session(session)))
                .contains(itemCode, "25.000 đ", "Bưu điện đã nhận đơn", "Đang thu gom");
        assertThat(WebTestSupport.html(mvc, get("/office/dossiers/" + d.code())
                .with(WebTestSupport.as(context, "tiepnhan")))).contains(itemCode, "Thu gom hồ sơ", "Đang thu gom");
        assertThat(WebTestSupport.html(mvc, get("/admin/post?lang=en").with(user(admin))))
                .contains(number, itemCode, "Collecting");
    }

    @Test
    void theCounterFormRefusesWhatBreaksItsLimitsWithEveryReason() throws Exception {
        DossierView d = fixtures.receiveNotaryCard(PortalFixtures.newIdNumber(), "Lò Văn Sáng");
        String page = mvc.perform(post("/office/dossiers/" + d.code() + "/post").with(WebTestSupport.formToken())
                        .with(WebTestSupport.as(context, "tiepnhan")).param("post.name", "Lò Văn Sáng")
                        .param("post.phone", "12ab").param("post.address", "x".repeat(501))
                        .param("post.provinceCode", "1").param("post.communeCode", "031600"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#post.pickUp\"", "Chọn thu gom hồ sơ, phát kết quả hoặc cả hai.",
                "Số điện thoại gồm 8 đến 15 chữ số.", "Mã tỉnh gồm đúng 2 chữ số.", "Mã xã, phường gồm đúng 5 chữ số.",
                "href=\"#post.address\"", "value=\"12ab\"");
        assertThat(deliveries.requestOf(d.code())).isEmpty();

        mvc.perform(post("/office/dossiers/" + d.code() + "/post").with(WebTestSupport.formToken())
                        .with(WebTestSupport.as(context, "tiepnhan")).param("post.deliver", "true")
                        .param("post.name", "Lò Văn Sáng").param("post.phone", "0912 000 111")
                        .param("post.address", "Tổ 4, phường Tân Thanh").param("post.provinceCode", "11")
                        .param("post.communeCode", "03151"))
                .andExpect(redirectedUrl("/office/dossiers/" + d.code() + "#post"));
        assertThat(deliveries.requestOf(d.code())).hasValueSatisfying(r -> {
            assertThat(r.deliver()).isTrue();
            assertThat(r.pickUp()).isFalse();
        });
        assertThat(deliveries.ofDossier(d.code())).as("a delivery waits for the return").isEmpty();
    }

    @Test
    void theAdministratorsFormsRefuseUnknownModesStatesAndParcels() throws Exception {
        mvc.perform(post("/admin/post/mode").with(WebTestSupport.formToken()).with(user(admin)).param("mode", "LOST"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/post/advance").with(WebTestSupport.formToken()).with(user(admin))
                .param("orderNumber", "NO-SUCH-ORDER").param("state", "DELIVERED")).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/post/advance").with(WebTestSupport.formToken()).with(user(admin))
                .param("orderNumber", "X".repeat(81)).param("state", "DELIVERED")).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/post/advance").with(WebTestSupport.formToken()).with(user(admin))
                .param("orderNumber", "NO-SUCH-ORDER").param("state", "ORDERING")).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/post/mode").with(WebTestSupport.formToken()).with(user(admin)).param("mode", "LATE"))
                .andExpect(redirectedUrl("/admin/post"));
        assertThat(simulator.mode()).isEqualTo(PostSimulatorMode.LATE);
        mvc.perform(get("/admin/post").with(WebTestSupport.as(context, "tiepnhan"))).andExpect(status().isForbidden());
    }
}
