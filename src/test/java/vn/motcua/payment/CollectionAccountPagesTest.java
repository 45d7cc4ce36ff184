package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.web.WebTestSupport;

/** Administrators keep the units' collection accounts; the demo province starts with one for every unit. */
@MotcuaIntegrationTest
class CollectionAccountPagesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    CollectionAccounts accounts;
    @Autowired
    UnitDirectory units;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @Test
    void everyDemoUnitHasAnAccountAndTheListShowsIt() throws Exception {
        String list = mvc.perform(get("/admin/collection-accounts").with(user(WebTestSupport.officer(context, "admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (Unit unit : units.all()) {
            CollectionAccount account = accounts.of(unit.identifier()).orElseThrow();
            assertThat(account.bankCode()).isEqualTo("970415");
            assertThat(list).contains(account.accountNumber());
        }
        assertThat(list).doesNotContain("Chưa có");
    }

    @Test
    void anAdministratorChangesAnAccountAndABadOneIsRefusedWithEveryProblem() throws Exception {
        Unit commune = units.all().getLast();
        CollectionAccount before = accounts.of(commune.identifier()).orElseThrow();
        String path = "/admin/collection-accounts/" + commune.identifier();
        try {
            String refused = mvc.perform(post(path).with(csrf()).with(user(WebTestSupport.officer(context, "admin")))
                            .param("accountNumber", "12ab").param("accountName", " ").param("bankCode", "97"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(refused).contains("class=\"error-summary\"", "href=\"#accountNumber\"", "href=\"#accountName\"",
                    "href=\"#bankCode\"", "value=\"12ab\"");
            assertThat(accounts.of(commune.identifier())).contains(before);

            mvc.perform(post(path).with(csrf()).with(user(WebTestSupport.officer(context, "admin")))
                            .param("accountNumber", " 0123456789012 ").param("accountName", "UBND xã")
                            .param("bankCode", "970405"))
                    .andExpect(redirectedUrl("/admin/collection-accounts"));
            assertThat(accounts.of(commune.identifier())).contains(
                    new CollectionAccount(commune.identifier(), "0123456789012", "UBND xã", "970405"));
        } finally {
            accounts.save(before, "test");
        }
    }

    @Test
    void onlyAdministratorsOpenIt() throws Exception {
        mvc.perform(get("/admin/collection-accounts").with(WebTestSupport.as(context, "tiepnhan")))
                .andExpect(status().isForbidden());
    }
}
