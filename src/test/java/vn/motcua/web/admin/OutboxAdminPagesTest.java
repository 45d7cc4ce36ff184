package vn.motcua.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.nationalportal.EmcSimulator;
import vn.motcua.nationalportal.NationalPortalSimulator;
import vn.motcua.nationalportal.PortalSimulatorMode;
import vn.motcua.web.WebTestSupport;

/**
 * /admin/emc is the portal sync's page for EMC's events: its own backlog and simulator; the parity report
 * stays the portal's. Setting one simulator's mode leaves the other's alone; a dossier code past 60
 * characters is a 400.
 */
@MotcuaIntegrationTest
class OutboxAdminPagesTest {

    @Autowired WebApplicationContext context;
    @Autowired EmcSimulator emc;
    @Autowired NationalPortalSimulator portal;

    MockMvc mvc;
    UserDetails admin;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
        admin = WebTestSupport.officer(context, "admin");
    }

    @AfterEach
    void restore() {
        emc.setMode(PortalSimulatorMode.UP);
    }

    @Test
    void theEmcPageShowsItsOwnBacklogAndSimulator() throws Exception {
        mvc.perform(get("/admin/emc").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sự kiện gửi hệ thống EMC giám sát"),
                        containsString("EMC đã xác nhận"), containsString("Bộ giả lập EMC đang"),
                        containsString("action=\"/admin/emc/mode\""),
                        not(containsString("/admin/national-portal/parity")))));
        mvc.perform(get("/admin/emc?lang=en").with(user(admin)))
                .andExpect(content().string(containsString("Events to the EMC monitoring system")));
        mvc.perform(get("/admin/national-portal").with(user(admin)))
                .andExpect(content().string(allOf(containsString("Cổng đã xác nhận"),
                        containsString("/admin/national-portal/parity"))));

        mvc.perform(post("/admin/emc/mode").with(WebTestSupport.formToken()).with(user(admin)).param("mode", "DOWN"))
                .andExpect(redirectedUrl("/admin/emc"));
        assertThat(emc.mode()).isEqualTo(PortalSimulatorMode.DOWN);
        assertThat(portal.mode()).isEqualTo(PortalSimulatorMode.UP);

        mvc.perform(post("/admin/emc/resend").with(WebTestSupport.formToken()).with(user(admin))
                .param("dossier", "H".repeat(61))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/emcx").with(user(admin))).andExpect(status().isNotFound());
    }
}
