package vn.motcua.web.specialised;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.specialised.BusinessRegistrations;
import vn.motcua.specialised.ExchangeState;
import vn.motcua.specialised.HouseholdBusinessFixtures;
import vn.motcua.web.WebTestSupport;

/**
 * The business registry on the office dossier page: the officer sends a household business dossier, sees it
 * registered, and marks it done with the certificate; a note past its limit and a second sending are refused.
 */
@MotcuaIntegrationTest
class BusinessRegistrationPagesTest {

    @Autowired WebApplicationContext context;
    @Autowired HouseholdBusinessFixtures households;
    @Autowired BusinessRegistrations registrations;
    @Autowired DossierQueries queries;

    @Test
    void theOfficerSendsTheDossierSeesItRegisteredAndReturnsTheCertificateAsItsResult() throws Exception {
        MockMvc mvc = WebTestSupport.mockMvc(context);
        DossierView d = households.atLastStep(households.received("011090008811", "Tòng Văn Chiến"));
        String page = "/office/dossiers/" + d.code();
        String holder = households.holder(d);
        assertThat(WebTestSupport.html(mvc, get(page).with(WebTestSupport.as(context, holder))))
                .contains("Hệ thống thông tin đăng ký hộ kinh doanh", "Chuyển sang hệ thống đăng ký kinh doanh");

        mvc.perform(post(page + "/business-registration").with(WebTestSupport.as(context, holder))
                .with(WebTestSupport.formToken())).andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/business-registration").with(WebTestSupport.as(context, holder))
                .with(WebTestSupport.formToken())).andExpect(status().isBadRequest());
        Await.until(() -> registrations.of(d.code()).orElseThrow().state() == ExchangeState.REGISTERED);
        String number = registrations.of(d.code()).orElseThrow().registrationNumber();
        assertThat(WebTestSupport.html(mvc, get(page).with(WebTestSupport.as(context, holder))))
                .contains(number, "Đã cấp đăng ký, chờ trả kết quả", "Hoàn thành với giấy chứng nhận");

        String version = String.valueOf(queries.find(d.code()).orElseThrow().lockVersion());
        mvc.perform(post(page + "/business-registration/result").param("lockVersion", version)
                .param("note", "x".repeat(2001)).with(WebTestSupport.as(context, holder))
                .with(WebTestSupport.formToken())).andExpect(status().isBadRequest());
        mvc.perform(post(page + "/business-registration/result").param("lockVersion", version)
                .param("note", "Đã cấp đăng ký").with(WebTestSupport.as(context, holder))
                .with(WebTestSupport.formToken())).andExpect(status().is3xxRedirection());
        assertThat(WebTestSupport.html(mvc, get(page).with(WebTestSupport.as(context, holder))))
                .contains("Đã trả kết quả", number);
    }
}
