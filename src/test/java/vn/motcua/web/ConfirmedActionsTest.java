package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;

/**
 * Stopping (like refusing) a dossier looks dangerous and happens only once the officer ticks "I confirm":
 * without it the page comes back with an error summary and the typed reasons, and the dossier is unchanged.
 */
@MotcuaIntegrationTest
class ConfirmedActionsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    OfficeFixtures fixtures;
    @Autowired
    DossierQueries queries;

    @Test
    void stoppingWithoutConfirmationIsRefusedKeepingTheReasonsAndSucceedsOnceConfirmed() throws Exception {
        MockMvc mvc = WebTestSupport.mockMvc(context);
        DossierView d = fixtures.atJustice();
        var leader = user(WebTestSupport.officer(context, "lanhdao.tuphap"));
        String path = "/office/dossiers/" + d.code() + "/actions/STOP";

        String page = mvc.perform(get("/office/dossiers/" + d.code()).with(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"STOP.confirmed\"").containsPattern("<button type=\"submit\" class=\"danger\">\\s*Dừng");

        String refused = mvc.perform(post(path).param("version", String.valueOf(d.lockVersion()))
                        .param("reasons", "Có văn bản dừng của tòa án").with(leader).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#STOP.confirmed\"", "id=\"STOP.confirmed-error\"",
                "Hãy đánh dấu ô xác nhận", "Có văn bản dừng của tòa án");
        assertThat(queries.get(fixtures.officer("lanhdao.tuphap"), d.code()).status()).isEqualTo(DossierStatus.PROCESSING);

        mvc.perform(post(path).param("version", String.valueOf(d.lockVersion())).param("confirmed", "true")
                        .param("reasons", "Có văn bản dừng của tòa án").with(leader).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.get(fixtures.officer("lanhdao.tuphap"), d.code()).status()).isEqualTo(DossierStatus.STOPPED);
    }
}
