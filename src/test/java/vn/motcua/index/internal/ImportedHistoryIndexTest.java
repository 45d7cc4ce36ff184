package vn.motcua.index.internal;

import vn.motcua.integration.internal.NationalHistoryLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.TestUnits;
import vn.motcua.index.CommuneFacts;
import vn.motcua.index.DossierFacts;
import vn.motcua.index.IndexQueries;
import vn.motcua.index.IndexRecompute;
import vn.motcua.index.IndexReport;
import vn.motcua.index.IndexSettings;
import vn.motcua.index.Period;
import vn.motcua.index.ServiceIndex;
import vn.motcua.index.Tallies;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.web.WebTestSupport;

/**
 * A generated history of four months, imported through {@code POST /api/v1/import/dossiers} into a
 * unit of its own, gives the same index live (the daily tallies the import kept), dossier by dossier
 * (each imported dossier's facts classified one by one) and after a recompute from scratch.
 */
@MotcuaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportedHistoryIndexTest {

    static final String UNIT = "000.93.31.H18";
    static final LocalDateTime NOW = LocalDateTime.parse("2042-06-20T10:15");
    static final List<Period> PERIODS = List.of(
            new Period(LocalDate.parse("2042-03-01"), LocalDate.parse("2042-03-31")),
            new Period(LocalDate.parse("2042-04-01"), LocalDate.parse("2042-06-30")),
            new Period(LocalDate.parse("2042-06-01"), LocalDate.parse("2042-06-20")),
            new Period(LocalDate.parse("2042-02-17"), LocalDate.parse("2042-05-08")),
            new Period(LocalDate.parse("2042-01-01"), LocalDate.parse("2042-12-31")));

    @Autowired
    WebApplicationContext context;
    @Autowired
    UnitDirectory units;
    @Autowired
    IndexQueries queries;
    @Autowired
    IndexRecompute recompute;
    @Autowired
    DossierFactsStore facts;
    @Autowired
    IndexSettings settings;
    @Autowired
    ProvinceCalendar calendar;
    @Autowired
    TestClock clock;

    @BeforeAll
    void importHistory() throws Exception {
        TestUnits.commune(units, UNIT, "Xã Thử Nhập Chỉ Số");
        clock.setLocal(NOW);
        NationalHistoryLines lines = new NationalHistoryLines(2042,
                List.of(new NationalHistoryLines.Handler("1.001612", UNIT),
                        new NationalHistoryLines.Handler("1.013859", UNIT)), "IMP-", NOW);
        StringBuilder body = new StringBuilder();
        int count = 0;
        for (LocalDate day = LocalDate.parse("2042-02-16"); day.isBefore(NOW.toLocalDate()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                for (int i = 0; i < 20; i++, count++) {
                    body.append(lines.line(day, i)).append('\n');
                }
            }
        }
        MockMvc mvc = WebTestSupport.mockMvc(context);
        mvc.perform(post("/api/v1/import/dossiers").with(httpBasic("admin", "motcua-demo"))
                        .contentType("application/x-ndjson").content(body.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines").value(count))
                .andExpect(jsonPath("$.rejected").value(0));
    }

    @AfterAll
    void realTime() {
        clock.reset();
    }

    @Test
    void theIndexIsTheSameLiveDossierByDossierAndRecomputedFromScratch() {
        clock.setLocal(NOW);
        List<IndexReport> live = PERIODS.stream().map(p -> queries.report(UNIT, p.from(), p.to())).toList();
        assertThat(live.getFirst().criterion(vn.motcua.index.Criterion.ON_TIME).denominator())
                .as("the dossiers of March").isGreaterThan(300);

        assertThat(live).isEqualTo(oneByOne());

        recompute.recomputeFromScratch();
        assertThat(PERIODS.stream().map(p -> queries.report(UNIT, p.from(), p.to())).toList()).isEqualTo(live);
    }

    private List<IndexReport> oneByOne() {
        List<DossierFacts> imported = facts.handledBetween(UNIT, LocalDateTime.parse("2000-01-01T00:00"),
                LocalDateTime.parse("2100-01-01T00:00"));
        ServiceIndex index = new ServiceIndex(settings, calendar.calendar());
        List<IndexReport> reports = new ArrayList<>();
        for (Period period : PERIODS) {
            Tallies sum = imported.stream().map(d -> index.classify(d, period, NOW))
                    .reduce(Tallies.empty(), Tallies::plus)
                    .plus(index.classify(new CommuneFacts(UNIT, false))); // the test commune certifies no copy
            reports.add(index.report(UNIT, period, sum, IndexQueries.NOT_YET_MEASURED));
        }
        return reports;
    }
}
