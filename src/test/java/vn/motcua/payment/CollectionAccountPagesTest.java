package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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

    /** Units of the demo province at first start (other tests add units of their own later, with no account). */
    static final List<String> DEMO_UNITS = List.of("000.00.00.H18", "000.00.01.H18", "000.00.02.H18",
            "000.01.31.H18", "000.10.31.H18");

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
        for (String demoUnit : DEMO_UNITS) {
            CollectionAccount account = accounts.of(demoUnit).orElseThrow();
            assertThat(account.bankCode()).isEqualTo("970415");
            assertThat(list).contains(account.accountNumber());
        }
        for (Unit unit : units.all()) {
            accounts.of(unit.identifier()).ifPresent(account -> assertThat(list).contains(account.accountNumber()));
        }
    }

    @Test
    void anAdministratorChangesAnAccountAndABadOneIsRefusedWithEveryProblem() throws Exception {
        String commune = DEMO_UNITS.getLast();
        CollectionAccount before = accounts.of(commune).orElseThrow();
        String path = "/admin/collection-accounts/" + commune;
        try {
            String refused = mvc.perform(post(path).with(csrf()).with(user(WebTestSupport.officer(context, "admin")))
                            .param("accountNumber", "12ab").param("accountName", " ").param("bankCode", "97"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(refused).contains("class=\"error-summary\"", "href=\"#accountNumber\"", "href=\"#accountName\"",
                    "href=\"#bankCode\"", "value=\"12ab\"");
            assertThat(accounts.of(commune)).contains(before);

            mvc.perform(post(path).with(csrf()).with(user(WebTestSupport.officer(context, "admin")))
                            .param("accountNumber", " 0123456789012 ").param("accountName", "UBND xã")
                            .param("bankCode", "970405"))
                    .andExpect(redirectedUrl("/admin/collection-accounts"));
            assertThat(accounts.of(commune)).contains(
                    new CollectionAccount(commune, "0123456789012", "UBND xã", "970405"));
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
