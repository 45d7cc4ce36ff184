package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.UnitDirectory;

@MotcuaIntegrationTest
class OrganizationAdminPagesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UnitDirectory units;
    @Autowired
    OfficerDirectory officers;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/units")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void officersWhoAreNotAdministratorsAreRefused() throws Exception {
        mvc.perform(get("/admin/officers").with(user(WebTestSupport.officer(context, "tiepnhan"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void demoAdministratorLogsInWithTheDocumentedPassword() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("motcua-demo"))
                .andExpect(authenticated().withRoles("ADMINISTRATOR")).andExpect(redirectedUrl("/office"));
        mvc.perform(formLogin("/login").user("admin").password("wrong-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void administratorAddsACommune() throws Exception {
        mvc.perform(post("/admin/units").with(csrf()).with(user(WebTestSupport.officer(context, "admin")))
                        .param("identifier", "000.11.31.h18").param("name", "Ủy ban nhân dân xã Nà Tấu")
                        .param("level", "COMMUNE").param("kind", "COMMUNE").param("parent", "000.00.00.H18")
                        .param("active", "true"))
                .andExpect(redirectedUrl("/admin/units"));
        assertThat(units.get("000.11.31.H18").name()).isEqualTo("Ủy ban nhân dân xã Nà Tấu");
    }

    @Test
    void aRefusedUnitFormShowsEveryProblemAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/units").with(csrf()).with(user(WebTestSupport.officer(context, "admin")))
                        .param("identifier", "000-00-99").param("name", "Sở Khoa học và Công nghệ")
                        .param("level", "PROVINCE").param("kind", "DEPARTMENT").param("parent", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("class=\"error-summary\""),
                        containsString("href=\"#identifier\""),
                        containsString("href=\"#parent\""),
                        containsString("không đúng dạng"),
                        containsString("value=\"Sở Khoa học và Công nghệ\""))));
        assertThat(units.find("000-00-99")).isEmpty();
    }

    @Test
    void administratorCreatesAnOfficerWhoCanThenLogIn() throws Exception {
        mvc.perform(post("/admin/officers").with(csrf()).with(user(WebTestSupport.officer(context, "admin")))
                        .param("username", "tiepnhan.muongthanh").param("fullName", "Lò Văn Hải")
                        .param("role", "RECEPTION").param("unit", "000.02.31.H18").param("title", "Công chức một cửa")
                        .param("password", "mat-khau-rat-dai").param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/officers"));
        String stored = jdbc.sql("select password_hash from organization_officer where username = ?")
                .param("tiepnhan.muongthanh").query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("mat-khau-rat-dai");
        mvc.perform(formLogin("/login").user("tiepnhan.muongthanh").password("mat-khau-rat-dai"))
                .andExpect(authenticated().withRoles("RECEPTION"));
    }

    @Test
    void aShortPasswordIsRefusedInEnglishWhenAskedAndNeverEchoedBack() throws Exception {
        mvc.perform(post("/admin/officers").param("lang", "en").with(csrf())
                        .with(user(WebTestSupport.officer(context, "admin")))
                        .param("username", "ngan").param("fullName", "Ngắn Mật Khẩu")
                        .param("role", "CLERK").param("unit", "000.00.02.H18").param("password", "abc123"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("at least 8 characters"),
                        containsString("value=\"Ngắn Mật Khẩu\""), not(containsString("abc123")))));
        assertThat(officers.find("ngan")).isEmpty();
    }
}
