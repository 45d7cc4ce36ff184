package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.organization.ApiTokenForm;
import vn.motcua.organization.ApiTokens;
import vn.motcua.organization.IssuedApiToken;

/** The administrator's API token pages: issue (the secret shown once), list, revoke. */
@MotcuaIntegrationTest
class ApiTokenAdminPagesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens tokens;
    @Autowired
    TestClock clock;

    MockMvc mvc;
    UserDetails admin;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
        admin = WebTestSupport.officer(context, "admin");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theSecretOfAnIssuedTokenIsShownOnceThenOnlyItsDetails() throws Exception {
        MvcResult issuedResult = mvc.perform(post("/admin/tokens").with(csrf()).with(user(admin))
                        .param("officer", "tiepnhan").param("name", "Phần mềm quầy 5").param("expiresOn", ""))
                .andExpect(redirectedUrl("/admin/tokens")).andReturn();
        IssuedApiToken issued = (IssuedApiToken) issuedResult.getFlashMap().get("saved");
        assertThat(tokens.authenticate(issued.secret())).hasValueSatisfying(
                officer -> assertThat(officer.getUsername()).isEqualTo("tiepnhan"));
        assertThat(issued.token().createdBy()).isEqualTo("admin");

        mvc.perform(get("/admin/tokens").with(user(admin)).flashAttr("saved", issued))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"" + issued.secret() + "\""),
                        containsString("Hãy sao chép mã này ngay bây giờ"), containsString("Phần mềm quầy 5"))));
        mvc.perform(get("/admin/tokens").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Phần mềm quầy 5"),
                        not(containsString(issued.secret())))));
    }

    @Test
    void aRefusedFormShowsEveryProblemAndKeepsWhatWasTyped() throws Exception {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        mvc.perform(post("/admin/tokens").with(csrf()).with(user(admin))
                        .param("officer", "").param("name", "Đợt nhập tháng 2").param("expiresOn", "2026-02-28"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Có lỗi cần sửa"),
                        containsString("href=\"#officer\""), containsString("Hãy chọn cán bộ sở hữu mã."),
                        containsString("Ngày hết hạn không được ở trong quá khứ."),
                        containsString("value=\"Đợt nhập tháng 2\""), containsString("value=\"2026-02-28\""))));
    }

    @Test
    void revokingAsksFirstThenStopsTheToken() throws Exception {
        IssuedApiToken issued = tokens.issue(new ApiTokenForm("chuyenvien.tuphap", "Kết nối cũ", ""), "admin");
        String revoke = "/admin/tokens/" + issued.token().id() + "/revoke";

        mvc.perform(get(revoke).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Thu hồi mã &quot;Kết nối cũ&quot;"),
                        containsString("Xác nhận thu hồi"), containsString("name=\"_csrf\""))));
        mvc.perform(post(revoke).with(user(admin))).andExpect(status().isForbidden());
        assertThat(tokens.authenticate(issued.secret())).as("no CSRF token, nothing revoked").isPresent();

        mvc.perform(post(revoke).with(csrf()).with(user(admin))).andExpect(redirectedUrl("/admin/tokens"));
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThat(tokens.get(issued.token().id()).revokedAt()).isNotNull();
        mvc.perform(get("/admin/tokens/999999999/revoke").with(user(admin))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsManageTokens() throws Exception {
        UserDetails reception = WebTestSupport.officer(context, "tiepnhan");
        mvc.perform(get("/admin/tokens").with(user(reception))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/tokens").with(csrf()).with(user(reception))
                .param("officer", "tiepnhan").param("name", "Tự cấp")).andExpect(status().isForbidden());
        assertThat(tokens.all()).noneMatch(t -> t.name().equals("Tự cấp"));
        mvc.perform(get("/admin").with(user(admin)))
                .andExpect(content().string(containsString("href=\"/admin/tokens\"")));
    }
}
