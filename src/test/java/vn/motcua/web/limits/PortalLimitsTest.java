package vn.motcua.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.web.WebTestSupport;
import vn.motcua.web.portal.PortalFixtures;

/**
 * The citizens' forms past the documented limits (README "Input limits": names 200 characters, e-mail
 * 100, addresses 500): registration saves no account, and the submission wizard does not move on; each
 * shows the limit next to its field.
 */
@MotcuaIntegrationTest
class PortalLimitsTest {

    static final String WIZARD = "/submit/1.001612";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRegistrationWithANameOverTwoHundredCharactersSavesNoAccount() throws Exception {
        long accounts = jdbc.sql("select count(*) from identity_account").query(Long.class).single();
        String idNumber = PortalFixtures.newIdNumber();
        String html = text(post("/account/register").with(WebTestSupport.formToken()).param("username", "u" + idNumber)
                .param("type", "CITIZEN").param("idNumber", idNumber).param("fullName", "Lò ".repeat(100))
                .param("email", "a".repeat(100) + "@example.vn").param("phone", "0912345678")
                .param("password", "mat-khau-rat-dai").param("passwordConfirmation", "mat-khau-rat-dai"));
        assertThat(html).contains("Tối đa 200 ký tự.", "Tối đa 100 ký tự.");
        assertThat(jdbc.sql("select count(*) from identity_account").query(Long.class).single())
                .as("nothing saved").isEqualTo(accounts);
    }

    @Test
    void theWizardKeepsAnApplicantWhoseNameIsOverTheLimitOnItsPage() throws Exception {
        MockMvc mvc = WebTestSupport.mockMvc(context);
        Cookie draft = mvc.perform(post(WIZARD).with(WebTestSupport.formToken())).andReturn().getResponse().getCookie("motcua-draft");
        mvc.perform(post(WIZARD + "/who").with(WebTestSupport.formToken()).cookie(draft).param("applyingAs", "MYSELF"));
        String html = mvc.perform(post(WIZARD + "/applicant").with(WebTestSupport.formToken()).cookie(draft)
                        .param("applicant.name", "Lò ".repeat(100)).param("applicant.idNumber", "011090001234")
                        .param("applicant.address", "Bản Him Lam ".repeat(50)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Tối đa 200 ký tự.", "Tối đa 500 ký tự.");
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return WebTestSupport.mockMvc(context).perform(request).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
