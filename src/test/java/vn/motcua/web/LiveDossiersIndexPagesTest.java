package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
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
import vn.motcua.index.Criterion;
import vn.motcua.index.DossierAtRisk;
import vn.motcua.index.DrillDownLine;
import vn.motcua.index.EarlyWarning;
import vn.motcua.index.IndexDrillDown;
import vn.motcua.index.IndexQueries;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.web.serviceindex.IndexLabels;

/**
 * Dossiers handled in Motcua, seen from the leaders' view: a late one in the drill-down links to its
 * page for the Justice leader and the supervisor (not for the administrator, who handles no dossier) with the
 * step that overran and who held it; one about to turn late shows in the early warning with the
 * points it would cost, listed only for those who may open it. Other tests' Justice dossiers count
 * too, so this one is found by its code.
 */
@MotcuaIntegrationTest
class LiveDossiersIndexPagesTest {

    static final String JUSTICE = "000.00.02.H18";
    static final Locale VIETNAMESE = Locale.of("vi");

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestClock clock;
    @Autowired
    DossierFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndexDrillDown drillDowns;
    @Autowired
    IndexQueries queries;
    @Autowired
    IndexLabels labels;
    @Autowired
    MessageSource messages;
    @Autowired
    UnitDirectory units;

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
    void aLateDossierLinksToItsPageWithTheStepThatOverranAndWhoHeldIt() throws Exception {
        clock.setLocal(LocalDateTime.parse("2046-03-07T08:00"));
        DossierView dossier = fixtures.receiveNotaryCard("011090046001", "Lò Văn Chậm");
        clock.setLocal(LocalDateTime.parse("2046-03-28T09:00"));
        returned(dossier);
        clock.setLocal(LocalDateTime.parse("2046-04-10T09:00"));
        String march = "/office/index/drill-down?unit=" + JUSTICE + "&period=month&month=2046-03&criterion=2.1";

        List<String> csv = LeadersIndexPagesTest.csvLines(mvc.perform(get(march.replace("drill-down?", "drill-down.csv?"))
                .with(as("lanhdao.tuphap"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        int position = csv.subList(1, csv.size()).stream().map(line -> line.split(",")[0]).toList().indexOf(dossier.code());
        assertThat(position).as("the dossier is in the drill-down").isNotNegative();
        int page = position / 25 + 1;
        DrillDownLine line = drillDowns.of(JUSTICE, LocalDate.parse("2046-03-01"), LocalDate.parse("2046-03-31"),
                Criterion.ON_TIME, page - 1, 25).lines().stream().filter(l -> l.code().equals(dossier.code()))
                .findFirst().orElseThrow();
        assertThat(line.step()).as("the step that overran").isNotNull();
        String reason = messages.getMessage(line.reason().key(), line.reason().arguments().toArray(), VIETNAMESE);
        String holder = units.find(line.holder()).map(u -> u.name()).orElse(line.holder());
        assertThat(reason).startsWith("Trễ hạn");
        assertThat(csv.get(position + 1)).endsWith(",Mất điểm," + reason + "," + line.step() + "," + holder);

        String leader = page(march + "&page=" + page, "lanhdao.tuphap");
        assertThat(leader).containsPattern(Pattern.quote("<a href=\"/office/dossiers/" + dossier.code() + "\">"
                + dossier.code() + "</a>") + "[\\s\\S]*?" + Pattern.quote("<td>" + reason + "</td>") + "\\s*"
                + Pattern.quote("<td>" + line.step() + "</td>") + "\\s*" + Pattern.quote("<td>" + holder + "</td>"));
        mvc.perform(get("/office/dossiers/" + dossier.code()).with(as("lanhdao.tuphap"))).andExpect(status().isOk());

        String supervisor = page(march + "&page=" + page, "giamsat");
        assertThat(supervisor).contains("<a href=\"/office/dossiers/" + dossier.code() + "\">" + dossier.code() + "</a>");
        String administrator = page(march + "&page=" + page, "admin");
        assertThat(administrator).contains("<span>" + dossier.code() + "</span>")
                .doesNotContain("href=\"/office/dossiers/" + dossier.code() + "\"");
    }

    @Test
    void aDossierAboutToTurnLateIsInTheEarlyWarningWithThePointsItWouldCost() throws Exception {
        clock.setLocal(LocalDateTime.parse("2047-05-06T08:00"));
        DossierView dossier = fixtures.receiveNotaryCard("011090047001", "Quàng Thị Sắp Trễ");
        Await.until(() -> jdbc.sql("select count(*) from index_dossier_fact where code = ? and status is not null").param(dossier.code())
                .query(Integer.class).single() == 1);
        try {
            clock.setLocal(dossier.appointment().minusHours(1));
            EarlyWarning warning = queries.earlyWarning(JUSTICE, Duration.ofHours(8));
            assertThat(warning.atRisk()).extracting(DossierAtRisk::code).contains(dossier.code());

            String html = page("/office/index?hours=8", "lanhdao.tuphap");
            assertThat(html).contains("<a href=\"/office/dossiers/" + dossier.code() + "\">" + dossier.code() + "</a>")
                    .contains("sẽ trễ hạn trong 8 giờ làm việc tới")
                    .contains("<strong>" + labels.score(warning.totalLoss(), VIETNAMESE) + " điểm</strong>")
                    .contains(labels.score(warning.onTimeLoss(), VIETNAMESE) + " điểm");

            EarlyWarning none = queries.earlyWarning(JUSTICE, Duration.ofMinutes(30));
            assertThat(none.atRisk()).extracting(DossierAtRisk::code).doesNotContain(dossier.code());
        } finally {
            returned(dossier);
        }
    }

    /**
     * The early warning (cảnh báo sớm) names only dossiers the viewer may open: the supervisor, who reads
     * every dossier, sees this Justice dossier listed and linked; the administrator of the service centre,
     * who may watch the Justice index but opens no dossier, is told how many are not listed and does not
     * see its code.
     */
    @Test
    void theEarlyWarningListsOnlyDossiersTheViewerMayOpen() throws Exception {
        clock.setLocal(LocalDateTime.parse("2048-05-05T08:00"));
        DossierView dossier = fixtures.receiveNotaryCard("011090048001", "Lường Văn Cảnh");
        Await.until(() -> jdbc.sql("select count(*) from index_dossier_fact where code = ? and status is not null").param(dossier.code())
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
        d = fixtures.act("vanthu.tuphap", d, new DossierCommand.MarkDone("Số 7/TCCV"));
        fixtures.act("tiepnhan", d, new DossierCommand.ReturnResult(ReturnMethod.COUNTER, null));
        Await.until(() -> jdbc.sql("select count(*) from index_dossier_fact where code = ? and returned_at is not null")
                .param(dossier.code()).query(Integer.class).single() == 1);
    }

    private String page(String path, String officer) throws Exception {
        return WebTestSupport.html(mvc, get(path).with(as(officer)));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String officer) {
        return WebTestSupport.as(context, officer);
    }
}
