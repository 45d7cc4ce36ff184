package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;

/**
 * Officers of other units (a Finance specialist, a ward's reception officer) try every action on a
 * dossier of the service centre and Justice, through the pages and the API, and every download: each
 * is refused as "not found" and the dossier is unchanged.
 */
@MotcuaIntegrationTest
class OtherUnitTest {

    static final List<String> OUTSIDERS = List.of("chuyenvien.taichinh", "tiepnhan.dienbienphu", "lanhdao.dienbienphu");

    @Autowired
    WebApplicationContext context;
    @Autowired
    OfficeFixtures fixtures;
    @Autowired
    DossierQueries queries;
    @LocalServerPort
    int port;

    @Test
    void everyActionAndDownloadByAnOfficerOfAnotherUnitIsRefusedAndChangesNothing() throws Exception {
        MockMvc mvc = WebTestSupport.mockMvc(context);
        OfficeApi api = new OfficeApi(port);
        String code = fixtures.atJustice().code();
        DossierView before = queries.get(fixtures.officer("tiepnhan"), code);
        String sha = before.components().getFirst().files().getFirst().sha256();
        List<DossierAction> actions = Arrays.stream(DossierAction.values())
                .filter(a -> a != DossierAction.SUBMIT_ONLINE && a != DossierAction.RECEIVE_AT_COUNTER).toList();

        for (String outsider : OUTSIDERS) {
            var officer = user(WebTestSupport.officer(context, outsider));
            for (DossierAction action : actions) {
                mvc.perform(post("/office/dossiers/" + code + "/actions/" + action)
                                .param("version", String.valueOf(before.lockVersion())).param("note", "x")
                                .param("reasons", "x").param("reason", "x").param("assignee", outsider)
                                .param("items[0].name", "x").param("items[0].reason", "x")
                                .with(officer).with(csrf()))
                        .andExpect(status().isNotFound());
                OfficeApi.Reply reply = api.post(outsider, "/api/v1/dossiers/" + code + "/actions",
                        "{\"action\": \"" + action + "\", \"version\": " + before.lockVersion()
                                + ", \"note\": \"x\", \"reasons\": \"x\", \"reason\": \"x\", \"assignee\": \"" + outsider
                                + "\", \"items\": [{\"name\": \"x\", \"reason\": \"x\"}]}");
                assertThat(reply.status()).as(outsider + " " + action + " " + reply.body()).isEqualTo(404);
            }
            for (String path : List.of("", "/files/" + sha, "/documents/receipt.pdf", "/documents/tracking-sheet.pdf")) {
                mvc.perform(get("/office/dossiers/" + code + path).with(officer)).andExpect(status().isNotFound());
                assertThat(api.download(outsider, "/api/v1/dossiers/" + code + path).statusCode())
                        .as(outsider + " " + path).isEqualTo(404);
            }
            assertThat(api.get(outsider, "/api/v1/dossiers?q=" + code).body()).doesNotContain(code);
        }

        DossierView after = queries.get(fixtures.officer("tiepnhan"), code);
        assertThat(after.lockVersion()).isEqualTo(before.lockVersion());
        assertThat(after.tracking()).isEqualTo(before.tracking());
        assertThat(after.status()).isEqualTo(before.status());
    }

    @Test
    void aFileOfAnotherDossierIsNotServedThroughThisOne() throws Exception {
        DossierView mine = fixtures.received();
        String foreignSha = "b".repeat(64);
        WebTestSupport.mockMvc(context).perform(get("/office/dossiers/" + mine.code() + "/files/" + foreignSha)
                        .with(user(WebTestSupport.officer(context, "tiepnhan"))))
                .andExpect(status().isNotFound());
    }
}
