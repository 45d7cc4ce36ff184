package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
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

@MotcuaIntegrationTest
class IndexApiTest {

    static final String JUSTICE = "000.00.02.H18";

    @Autowired
    WebApplicationContext context;
    @Autowired
    DossierFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

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
    void oneDossierOnTimeAndOneLateGiveHalfOfCriterion21() throws Exception {
        // Other tests leave dossiers of the same unit open, and open dossiers count in every later period:
        // measure these two dossiers' contribution, before and after, at the same moment.
        LocalDateTime judgedAt = LocalDateTime.parse("2037-06-15T08:00");
        clock.setLocal(judgedAt);
        String before = index();
        // Both received on Monday 4 May 2037, 5 working days each.
        clock.setLocal(LocalDateTime.parse("2037-05-04T08:00"));
        DossierView onTime = fixtures.receiveNotaryCard("011090004001", "Phạm Văn Đúng Hạn");
        DossierView late = fixtures.receiveNotaryCard("011090004002", "Phạm Văn Trễ Hạn");
        returned(onTime);
        clock.setLocal(LocalDateTime.parse("2037-05-25T08:00")); // weeks past the appointment
        returned(late);
        Await.until(() -> jdbc.sql("select count(*) from index_dossier_fact where code in (?, ?) and returned_at is not null")
                .params(onTime.code(), late.code()).query(Integer.class).single() == 2);

        clock.setLocal(judgedAt);
        String after = index();
        assertThat(criterion21(after, "numerator") - criterion21(before, "numerator")).isEqualTo(1);
        assertThat(criterion21(after, "denominator") - criterion21(before, "denominator")).isEqualTo(2);
        mvc.perform(get("/api/v1/index").param("unit", JUSTICE).param("from", "2037-05-01").param("to", "2037-05-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value(JUSTICE))
                .andExpect(jsonPath("$.from").value("2037-05-01"))
                .andExpect(jsonPath("$.to").value("2037-05-31"))
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.groups.length()").value(6))
                .andExpect(jsonPath("$.groups[1].id").value("2"))
                .andExpect(jsonPath("$.groups[1].name").value("Tiến độ giải quyết"))
                .andExpect(jsonPath("$.groups[1].max").value(20))
                .andExpect(jsonPath("$.groups[1].score").isNumber())
                .andExpect(jsonPath("$.groups[1].criteria[0].id").value("2.1"))
                .andExpect(jsonPath("$.groups[1].criteria[0].name").isString())
                .andExpect(jsonPath("$.groups[1].criteria[0].max").value(20))
                .andExpect(jsonPath("$.groups[1].criteria[0].numerator").isNumber())
                .andExpect(jsonPath("$.groups[1].criteria[0].denominator").isNumber())
                .andExpect(jsonPath("$.groups[1].criteria[0].score").isNumber())
                // measured from the national portal's acknowledgements (its values: NationalPortalSyncTest)
                .andExpect(jsonPath("$.groups[0].criteria[3].id").value("1.4"))
                .andExpect(jsonPath("$.groups[0].criteria[3].measured").value(true))
                .andExpect(jsonPath("$.groups[0].criteria[3].numerator").isNumber())
                // measured from the certified copies' register, commune by commune: a department has none
                .andExpect(jsonPath("$.groups[4].criteria[2].id").value("5.3"))
                .andExpect(jsonPath("$.groups[4].criteria[2].measured").value(true))
                .andExpect(jsonPath("$.groups[4].criteria[2].denominator").value(0))
                // measured from the feedback module: a unit with no feedback item due gets full points (assumed)
                .andExpect(jsonPath("$.groups[5].criteria[0].id").value("6.1"))
                .andExpect(jsonPath("$.groups[5].criteria[0].measured").value(true))
                .andExpect(jsonPath("$.groups[5].criteria[0].denominator").value(0))
                .andExpect(jsonPath("$.groups[5].criteria[0].score").value(6.0));
    }

    @Test
    void theProvinceIsTheDefaultUnitAndTheCurrentMonthTheDefaultPeriod() throws Exception {
        clock.setLocal(LocalDateTime.parse("2037-08-20T10:00"));
        mvc.perform(get("/api/v1/index"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").isString())
                .andExpect(jsonPath("$.from").value("2037-08-01"))
                .andExpect(jsonPath("$.to").value("2037-08-20"));
    }

    @Test
    void aBadDateIs400AndAnUnknownUnit404() throws Exception {
        mvc.perform(get("/api/v1/index").param("from", "2037-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").isString())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/index").param("from", "2037-05-10").param("to", "2037-05-01"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/index").param("unit", "999.99.99.H18"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").isString());
    }

    private void returned(DossierView d) {
        d = fixtures.toResultStep(d);
        d = fixtures.act("vanthu.tuphap", d, new DossierCommand.MarkDone("Số 2/TCCV"));
        fixtures.act("tiepnhan", d, new DossierCommand.ReturnResult(ReturnMethod.COUNTER, null));
    }


    private String index() throws Exception {
        return mvc.perform(get("/api/v1/index").param("unit", JUSTICE).param("from", "2037-05-01")
                .param("to", "2037-05-31")).andReturn().getResponse().getContentAsString();
    }

    private static int criterion21(String json, String count) {
        return com.jayway.jsonpath.JsonPath.read(json, "$.groups[1].criteria[0]." + count);
    }
}
