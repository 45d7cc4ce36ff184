package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.index.DossierAtRisk;
import vn.motcua.index.IndexQueries;

/**
 * The early warning (cảnh báo sớm) names only dossiers the viewer may open. A Department of Justice
 * dossier about to turn late: the supervisor, who reads every dossier, sees it listed and linked; the
 * administrator of the service centre, who may watch the Justice index but opens no dossier, is told
 * that one dossier is not listed and does not see its code.
 */
@MotcuaIntegrationTest
class EarlyWarningAccessTest {

    static final String JUSTICE = "000.00.02.H18";

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestClock clock;
    @Autowired
    DossierFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndexQueries queries;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anOfficerOfAnotherUnitDoesNotSeeTheDossierTheSupervisorSees() throws Exception {
        clock.setLocal(LocalDateTime.parse("2048-05-05T08:00"));
        DossierView dossier = fixtures.receiveNotaryCard("011090048001", "Lường Văn Cảnh");
        Await.until(() -> jdbc.sql("select count(*) from index_dossier_fact where code = ?").param(dossier.code())
                .query(Integer.class).single() == 1);
        try {
            clock.setLocal(dossier.appointment().minusHours(1));
            List<String> atRisk = queries.earlyWarning(JUSTICE, Duration.ofHours(8)).atRisk().stream()
                    .map(DossierAtRisk::code).toList();
            assertThat(atRisk).contains(dossier.code());
            String path = "/office/index?unit=" + JUSTICE + "&hours=8";

            assertThat(page(path, "giamsat"))
                    .contains("<a href=\"/office/dossiers/" + dossier.code() + "\">" + dossier.code() + "</a>")
                    .doesNotContain("id=\"at-risk-unlisted\"");
            assertThat(page(path, "admin")).doesNotContain(dossier.code())
                    .contains("Còn " + atRisk.size() + " hồ sơ sắp trễ hạn mà bạn không mở được");
        } finally {
            returned(dossier);
        }
    }

    private void returned(DossierView dossier) throws InterruptedException {
        DossierView d = fixtures.toResultStep(dossier);
        d = fixtures.act("vanthu.tuphap", d, new DossierCommand.MarkDone("Số 8/TCCV"));
        fixtures.act("tiepnhan", d, new DossierCommand.ReturnResult(ReturnMethod.COUNTER, null));
        Await.until(() -> jdbc.sql("select count(*) from index_dossier_fact where code = ? and returned_at is not null")
                .param(dossier.code()).query(Integer.class).single() == 1);
    }

    private String page(String path, String officer) throws Exception {
        return WebTestSupport.html(mvc, get(path).with(WebTestSupport.as(context, officer)));
    }
}
