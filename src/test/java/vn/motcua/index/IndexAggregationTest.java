package vn.motcua.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.TestUnits;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.UnitDirectory;

/**
 * The index read from the daily tallies equals the index computed by classifying every dossier one
 * by one, for closed and running periods, at midnight and mid-day, and again after a recompute from
 * scratch. The history is generated into a unit of its own, so other tests' dossiers do not count.
 */
@MotcuaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexAggregationTest {

    static final String UNIT = "000.99.31.H18";

    @Autowired
    DossierHistory history;
    @Autowired
    IndexQueries queries;
    @Autowired
    IndexRecompute recompute;
    @Autowired
    UnitDirectory units;
    @Autowired
    ProvinceCalendar calendar;
    @Autowired
    IndexSettings settings;
    @Autowired
    TestClock clock;
    @Autowired
    IndexDrillDown drillDown;
    @Autowired
    MessageSource messages;

    List<DossierFacts> dossiers;

    @BeforeAll
    void generate() {
        TestUnits.commune(units, UNIT, "Xã Thử Nghiệm Chỉ Số");
        dossiers = new GeneratedHistory(766, UNIT, "AGG-").dossiers(3000,
                LocalDateTime.parse("2041-01-01T00:00"), LocalDateTime.parse("2041-06-30T18:00"));
        for (int i = 0; i < dossiers.size(); i += 500) {
            history.record(dossiers.subList(i, Math.min(dossiers.size(), i + 500)));
        }
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @ParameterizedTest(name = "{0}–{1} at {2}")
    @CsvSource({
        "2041-01-01, 2041-01-31, 2041-12-01T00:00",
        "2041-02-01, 2041-02-28, 2041-02-28T23:59",
        "2041-03-01, 2041-03-31, 2041-03-15T14:20",
        "2041-01-01, 2041-03-31, 2041-02-14T10:37",
        "2041-02-10, 2041-05-20, 2041-04-02T00:00",
        "2041-01-01, 2041-12-31, 2041-06-30T23:59",
        "2041-06-01, 2041-06-30, 2041-07-01T00:00",
        "2041-05-01, 2041-05-31, 2041-04-20T09:00",
        "2041-04-15, 2041-04-15, 2041-04-15T16:45"
    })
    void theTalliesGiveWhatClassifyingEveryDossierGives(LocalDate from, LocalDate to, LocalDateTime now) {
        clock.setLocal(now);
        IndexReport read = queries.report(UNIT, from, to);
        assertThat(read).isEqualTo(oneByOne(from, to, now));
        assertThat(read.criterion(Criterion.ON_TIME).denominator()).as("dossiers counted").isGreaterThan(100);
    }

    @Test
    void aRecomputeFromScratchGivesTheSameNumbers() {
        clock.setLocal(LocalDateTime.parse("2041-03-15T14:20"));
        IndexReport quarter = queries.report(UNIT, LocalDate.parse("2041-01-01"), LocalDate.parse("2041-03-31"));
        IndexReport year = queries.report(UNIT, LocalDate.parse("2040-07-01"), LocalDate.parse("2041-06-30"));

        IndexRecompute.Recomputed done = recompute.recomputeFromScratch();

        assertThat(done.dossiers()).isGreaterThanOrEqualTo(dossiers.size());
        assertThat(queries.report(UNIT, LocalDate.parse("2041-01-01"), LocalDate.parse("2041-03-31")))
                .isEqualTo(quarter);
        assertThat(queries.report(UNIT, LocalDate.parse("2040-07-01"), LocalDate.parse("2041-06-30")))
                .isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2.1", "1.4", "3.1", "4.1", "5.1", "5.2", "5.4", "5.5", "5.6", "6.3"})
    void theDrillDownListsWhatTheNumberCountsLosingFirstEachWithAReason(String id) {
        clock.setLocal(LocalDateTime.parse("2041-12-01T00:00"));
        Criterion criterion = Criterion.ofId(id);
        LocalDate from = LocalDate.parse("2041-02-01");
        LocalDate to = LocalDate.parse("2041-02-28");
        CriterionScore number = queries.report(UNIT, from, to).criterion(criterion);

        DrillDown all = drillDown.of(UNIT, from, to, criterion, 0, 10_000);

        assertThat(all.total()).isEqualTo(number.denominator());
        if (criterion != Criterion.DOSSIER_SATISFACTION) {
            assertThat(all.meeting()).isEqualTo(number.numerator());
        }
        assertThat(all.lines()).hasSize((int) all.total()).isSortedAccordingTo(
                java.util.Comparator.comparing(DrillDownLine::meets).thenComparing(DrillDownLine::code));
        for (DrillDownLine line : all.lines()) {
            assertThat(line.reason() == null).as(line.code()).isEqualTo(line.meets());
            if (line.reason() != null) {
                for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                    assertThat(messages.getMessage(line.reason().key(), line.reason().arguments().toArray(), locale))
                            .isNotBlank();
                }
            }
        }
        assertThat(drillDown.of(UNIT, from, to, criterion, 1, 20).lines())
                .containsExactlyElementsOf(all.lines().subList(20, Math.min(40, all.lines().size())));
    }

    private IndexReport oneByOne(LocalDate from, LocalDate to, LocalDateTime now) {
        ServiceIndex index = new ServiceIndex(settings, calendar.calendar());
        Period period = new Period(from, to);
        Tallies sum = dossiers.stream().map(d -> index.classify(d, period, now)).reduce(Tallies.empty(), Tallies::plus)
                .plus(index.classify(new CommuneFacts(UNIT, false))); // the test commune certifies no copy
        return index.report(UNIT, period, sum, IndexQueries.NOT_YET_MEASURED);
    }
}
