package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;

/**
 * A supervisor reads every dossier of the province and acts on none, and each look-up is logged where
 * the dossier's own officers see it; the office home shows each role only the tiles it can use, and a
 * page refused to an officer is the error page, never the API's JSON.
 */
@MotcuaIntegrationTest
class SupervisorAccessTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    OfficeFixtures fixtures;
    @Autowired
    DossierQueries queries;
    @Autowired
    JdbcClient jdbc;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @Test
    void aSupervisorOpensAnotherUnitsDossierReadOnlyAndTheLookUpIsLoggedOnItsPage() throws Exception {
        String code = fixtures.atJustice().code();
        long logged = lookups(code);

        String page = WebTestSupport.html(mvc, get("/office/dossiers/" + code).with(as("giamsat")));

        assertThat(page).contains(code).contains("quyền giám sát: chỉ xem, không thao tác")
                .doesNotContain("class=\"action-form\"");
        assertThat(lookups(code)).isEqualTo(logged + 1);
        String seenByJustice = WebTestSupport.html(mvc, get("/office/dossiers/" + code)
                .with(as("chuyenvien.tuphap")));
        assertThat(seenByJustice).contains("Lượt tra cứu của cán bộ giám sát").contains("Lò Thị Giám (giamsat)")
                .doesNotContain("quyền giám sát: chỉ xem");
    }

    @Test
    void aSupervisorsDownloadsAreLookUpsToo() throws Exception {
        String code = fixtures.atJustice().code();
        long logged = lookups(code);

        mvc.perform(get("/office/dossiers/" + code + "/documents/tracking-sheet.pdf").with(as("giamsat")))
                .andExpect(status().isOk());

        assertThat(lookups(code)).isEqualTo(logged + 1);
    }

    @Test
    void aSupervisorsActionIsRefusedAndChangesNothing() throws Exception {
        DossierView before = fixtures.atJustice();

        mvc.perform(post("/office/dossiers/" + before.code() + "/actions/COMPLETE_STEP")
                        .param("version", String.valueOf(before.lockVersion())).param("note", "giám sát")
                        .with(as("giamsat")).with(csrf()))
                .andExpect(status().isOk());

        DossierView after = queries.get(fixtures.officer("chuyenvien.tuphap"), before.code());
        assertThat(after.lockVersion()).isEqualTo(before.lockVersion());
        assertThat(after.tracking()).hasSameSizeAs(before.tracking());
    }

    @Test
    void aSupervisorFindsADossierOfAnyUnitAndTheSearchIsLogged() throws Exception {
        DossierView dossier = fixtures.atJustice();
        long searches = jdbc.sql("select count(*) from dossier_lookup where search_term = ?").param(dossier.code())
                .query(Long.class).single();

        String results = WebTestSupport.html(mvc, get("/office/search").param("q", dossier.code())
                .with(as("giamsat")));

        assertThat(results).contains("href=\"/office/dossiers/" + dossier.code() + "\"");
        assertThat(jdbc.sql("select count(*) from dossier_lookup where search_term = ? and officer = 'giamsat'")
                .param(dossier.code()).query(Long.class).single()).isEqualTo(searches + 1);
        String wardResults = WebTestSupport.html(mvc, get("/office/search").param("q", dossier.code())
                .with(as("tiepnhan.dienbienphu")));
        assertThat(wardResults).as("another unit's officer still finds only their unit's")
                .doesNotContain("href=\"/office/dossiers/" + dossier.code() + "\"");
    }

    @Test
    void theLookUpLogCannotBeChangedDeletedOrTruncated() throws Exception {
        String code = fixtures.atJustice().code();
        mvc.perform(get("/office/dossiers/" + code).with(as("giamsat"))).andExpect(status().isOk());

        assertThatThrownBy(() -> jdbc.sql("update dossier_lookup set officer = 'someone' where dossier_code = ?")
                .param(code).update()).hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.sql("delete from dossier_lookup where dossier_code = ?").param(code).update())
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.sql("truncate dossier_lookup").update())
                .hasMessageContaining("cannot be changed or deleted");
        assertThat(lookups(code)).isEqualTo(1);
    }

    @Test
    void eachRoleSeesOnlyTheTilesItCanUse() throws Exception {
        String supervisor = WebTestSupport.html(mvc, get("/office").with(as("giamsat")));
        assertThat(supervisor).doesNotContain("href=\"/office/inbox\"").contains("href=\"/office/search\"")
                .contains("href=\"/office/index\"");

        String administrator = WebTestSupport.html(mvc, get("/office").with(as("admin")));
        assertThat(administrator).doesNotContain("href=\"/office/inbox\"").doesNotContain("href=\"/office/search\"")
                .contains("href=\"/office/index\"");

        String specialist = WebTestSupport.html(mvc, get("/office").with(as("chuyenvien.tuphap")));
        assertThat(specialist).contains("href=\"/office/inbox\"").contains("href=\"/office/search\"")
                .doesNotContain("href=\"/admin\"");
    }

    @Test
    void aPageRefusedToAnOfficerIsTheErrorPageNotJson() throws Exception {
        var refused = mvc.perform(get("/office/inbox").with(as("admin")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden()).andReturn().getResponse();

        assertThat(String.valueOf(refused.getContentType())).doesNotContain("json");
        assertThat(refused.getErrorMessage() + refused.getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("\"message\"");
    }

    private long lookups(String code) {
        return jdbc.sql("select count(*) from dossier_lookup where dossier_code = ?").param(code).query(Long.class)
                .single();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return WebTestSupport.as(context, username);
    }
}
