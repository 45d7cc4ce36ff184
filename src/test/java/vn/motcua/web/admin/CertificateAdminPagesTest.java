package vn.motcua.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestUnits;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.UserInputException;
import vn.motcua.result.CertificateRole;
import vn.motcua.result.CertificateSummary;
import vn.motcua.result.Certificates;
import vn.motcua.result.UnitSeal;
import vn.motcua.web.OfficeSamples;
import vn.motcua.web.WebTestSupport;

/** /admin/certificates: every certificate with its state; revoking one stops its seal, a new one restores it. */
@MotcuaIntegrationTest
class CertificateAdminPagesTest {

    private static final String UNIT = "000.92.01.H18";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Certificates certificates;
    @Autowired
    UnitSeal seal;
    @Autowired
    UnitDirectory units;

    MockMvc mvc;
    UserDetails admin;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
        admin = WebTestSupport.officer(context, "admin");
        TestUnits.commune(units, UNIT, "Ủy ban nhân dân xã Quản Trị");
    }

    @Test
    void anAdministratorRevokesASealWithAReasonAndIssuesItANewOne() throws Exception {
        seal.seal(UNIT, OfficeSamples.pdf());
        CertificateSummary first = sealOf(UNIT);

        mvc.perform(get("/admin/certificates").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("RootCA chuyên dùng Chính phủ G2"),
                        containsString("DEMO — không có giá trị pháp lý"), containsString(first.serial()),
                        containsString("Ủy ban nhân dân xã Quản Trị"), containsString("Còn hiệu lực"))));

        mvc.perform(post("/admin/certificates/{s}/revoke", first.serial()).with(WebTestSupport.formToken())
                        .with(user(admin)).param("reason", "AFFILIATION_CHANGED"))
                .andExpect(redirectedUrl("/admin/certificates"));

        mvc.perform(get("/admin/certificates").with(user(admin)))
                .andExpect(content().string(containsString("Thay đổi thông tin, chức vụ")));
        assertThatThrownBy(() -> seal.seal(UNIT, OfficeSamples.pdf())).isInstanceOf(UserInputException.class);

        mvc.perform(post("/admin/certificates/{s}/reissue", first.serial()).with(WebTestSupport.formToken())
                        .with(user(admin)))
                .andExpect(redirectedUrl("/admin/certificates"));
        CertificateSummary second = sealOf(UNIT);
        assertThat(second.serial()).isNotEqualTo(first.serial());
        assertThat(second.subject()).isEqualTo(first.subject());
        assertThat(seal.seal(UNIT, OfficeSamples.pdf())).isNotEmpty();
    }

    @Test
    void badInputIsA400AndOnlyAdministratorsSeeThePage() throws Exception {
        mvc.perform(post("/admin/certificates/{s}/revoke", "ABC").with(WebTestSupport.formToken()).with(user(admin))
                        .param("reason", "KEY_COMPROMISE"))
                .andExpect(status().isNotFound());
        String root = certificates.all().stream().filter(c -> c.role() == CertificateRole.ROOT).findFirst()
                .orElseThrow().serial();
        mvc.perform(post("/admin/certificates/{s}/revoke", root).with(WebTestSupport.formToken()).with(user(admin))
                        .param("reason", "NOT_A_REASON"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/certificates").with(user(WebTestSupport.officer(context, "tiepnhan"))))
                .andExpect(status().isForbidden());
    }

    private CertificateSummary sealOf(String unit) {
        return certificates.all().stream().filter(c -> c.role() == CertificateRole.UNIT_SEAL && unit.equals(c.holder()))
                .reduce((a, b) -> b).orElseThrow();
    }
}
