package vn.motcua.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.TestUnits;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.index.DossierHistory;
import vn.motcua.organization.UnitDirectory;

/**
 * The report's figures, written from the rules (DOMAIN.md §4, INDEX-766.md 2.1) for dossiers this
 * test records in a commune of its own, in March 2045, seen from April 2045 (a closed month).
 */
@MotcuaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsTest {

    static final String UNIT = "000.97.41.H18";
    static final String BIRTH = "1.001193";
    static final String COPY = "2.000815";
    static final String UNKNOWN = "9.999999";
    static final ReportPeriod MARCH = new ReportPeriod(ReportPeriod.Kind.MONTH, LocalDate.parse("2045-03-01"),
            LocalDate.parse("2045-03-31"), false);

    @Autowired
    MonthlyStatistics statistics;
    @Autowired
    TestClock clock;

    @BeforeAll
    void record(@Autowired UnitDirectory units, @Autowired DossierHistory history) {
        TestUnits.commune(units, UNIT, "Xã Thử Nghiệm Thống Kê");
        history.record(List.of(
                // carried over, done two days before the appointment's day: early
                dossier("TK-A", BIRTH, "2045-02-20T08:00").appointment("2045-03-05T17:00").done("2045-03-03T10:00"),
                // done on the appointment's day, before its hour: on time
                dossier("TK-B", BIRTH, "2045-03-02T08:00").appointment("2045-03-10T17:00").done("2045-03-10T09:00"),
                // returned after the appointment, never marked done: late
                dossier("TK-C", COPY, "2045-03-02T08:00").appointment("2045-03-06T17:00").returned("2045-03-09T10:00"),
                // done early by the dates, but asked to supplement twice: late by rule
                dossier("TK-D", BIRTH, "2045-03-03T08:00").appointment("2045-03-20T17:00").done("2045-03-05T10:00")
                        .supplements(2),
                // open at the month's end, appointment in April: in progress, on time
                dossier("TK-E", BIRTH, "2045-03-10T08:00").appointment("2045-04-30T17:00"),
                // carried over, open, appointment passed in March: in progress, late
                dossier("TK-F", BIRTH, "2045-02-25T08:00").appointment("2045-03-15T17:00"),
                // waiting for the applicant's supplement: the clock is paused, on time
                dossier("TK-G", BIRTH, "2045-03-03T08:00").appointment("2045-03-20T17:00")
                        .status(DossierStatus.SUPPLEMENT_REQUESTED),
                // refused at reception (online): received at the refusal, refused on time
                refusedAtReception("TK-H", BIRTH, "2045-03-04T08:00", "2045-03-04T10:00"),
                // stopped after its appointment: refused (stopped), late
                dossier("TK-I", BIRTH, "2045-03-05T08:00").appointment("2045-03-12T17:00").stopped("2045-03-20T10:00"),
                // finished before March: not counted
                dossier("TK-J", BIRTH, "2045-02-01T08:00").appointment("2045-02-10T17:00").done("2045-02-09T10:00"),
                // received in April: not counted
                dossier("TK-K", BIRTH, "2045-04-02T08:00").appointment("2045-04-10T17:00"),
                // withdrawn: counted nowhere in the index, and imported history has no withdrawal moment
                dossier("TK-L", BIRTH, "2045-03-03T08:00").appointment("2045-03-20T17:00").status(DossierStatus.WITHDRAWN),
                // online, a procedure the catalog does not know, no appointment, 10 working hours of 8: late
                dossier("TK-M", UNKNOWN, "2045-03-06T08:00").online().worked(10, 8).done("2045-03-12T10:00"))
                .stream().map(TestFacts::build).toList());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aClosedMonthCountsEachDossierInTheColumnItsRulesSay() {
        clock.setLocal(LocalDateTime.parse("2045-04-10T10:00"));
        StatisticsReport report = statistics.report(UNIT, MARCH, Breakdown.UNIT);

        // carried over A F; new B C D E G H I M; resolved early A, on time B, late C D M;
        // in progress on time E G, late F; refused H, I (I late); withdrawn none.
        StatisticsFigures expected = new StatisticsFigures(2, 8, 1, 1, 3, 2, 1, 2, 1, 0);
        assertThat(report.rows()).containsExactly(new StatisticsRow(UNIT, "Xã Thử Nghiệm Thống Kê", expected));
        assertThat(report.total()).isEqualTo(expected);
        assertThat(expected.received()).isEqualTo(expected.resolved() + expected.inProgress() + expected.refused());
        // late: C D M resolved, F in progress, I stopped: 5 of 10
        assertThat(report.total().onTimePercent()).contains(new BigDecimal("50.0"));
        assertThat(report.unitName()).isEqualTo("Xã Thử Nghiệm Thống Kê");
    }

    @Test
    void theSameDossiersByChannelProcedureAndField() {
        clock.setLocal(LocalDateTime.parse("2045-04-10T10:00"));

        Map<String, StatisticsRow> byChannel = rows(statistics.report(UNIT, MARCH, Breakdown.CHANNEL));
        assertThat(byChannel.keySet()).containsExactly("COUNTER", "ONLINE");
        assertThat(byChannel.get("ONLINE").figures()).isEqualTo(new StatisticsFigures(0, 2, 0, 0, 1, 0, 0, 1, 0, 0));
        assertThat(byChannel.get("COUNTER").figures()).isEqualTo(new StatisticsFigures(2, 6, 1, 1, 2, 2, 1, 1, 1, 0));

        StatisticsReport byProcedure = statistics.report(UNIT, MARCH, Breakdown.PROCEDURE);
        assertThat(byProcedure.rows()).extracting(StatisticsRow::key).containsExactly(COPY, BIRTH, UNKNOWN);
        assertThat(byProcedure.rows().get(1).name()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(byProcedure.rows().get(1).figures().received()).isEqualTo(8);
        assertThat(byProcedure.rows().get(2).name()).as("not in the catalog").isNull();

        StatisticsReport byField = statistics.report(UNIT, MARCH, Breakdown.FIELD);
        assertThat(byField.rows()).extracting(StatisticsRow::name).containsExactly("Chứng thực", "Hộ tịch", null);
        assertThat(byField.rows()).extracting(row -> row.figures().received()).containsExactly(1L, 8L, 1L);
        assertThat(byField.total()).isEqualTo(byProcedure.total());
    }

    @Test
    void aMonthStillRunningIsCountedAsOfNow() {
        clock.setLocal(LocalDateTime.parse("2045-03-08T12:00"));
        StatisticsFigures sofar = statistics.report(UNIT, new ReportPeriod(ReportPeriod.Kind.MONTH,
                LocalDate.parse("2045-03-01"), LocalDate.parse("2045-03-08"), true), Breakdown.UNIT).total();

        // received by now: A F carried; B C D G H I M new (E comes on the 10th). Done by now: A (early),
        // D (late by rule); open: C past its appointment and M over its limit (late), B F G I on time;
        // H refused on time.
        assertThat(sofar).isEqualTo(new StatisticsFigures(2, 7, 1, 0, 1, 4, 2, 1, 0, 0));
    }

    @Test
    void aLiveDossierWithdrawnInTheMonthIsCountedAsWithdrawnByItsUnit(@Autowired DossierFixtures fixtures) {
        LocalDateTime received = LocalDateTime.parse("2047-06-10T09:00");
        clock.setLocal(received);
        ReportPeriod june = new ReportPeriod(ReportPeriod.Kind.MONTH, LocalDate.parse("2047-06-01"),
                LocalDate.parse("2047-06-30"), true);
        DossierView dossier = fixtures.receiveNotaryCardAt(received);
        long before = statistics.report(null, june, Breakdown.UNIT).total().withdrawn();

        clock.setLocal(received.plusHours(2));
        fixtures.act("tiepnhan", dossier, new DossierCommand.Withdraw("Người nộp không còn nhu cầu"));

        StatisticsReport after = statistics.report(null, june, Breakdown.UNIT);
        assertThat(after.total().withdrawn()).isEqualTo(before + 1);
        assertThat(after.rows()).filteredOn(row -> row.key().equals(dossier.competentUnit()))
                .singleElement().satisfies(row -> assertThat(row.figures().withdrawn()).isPositive());
        clock.setLocal(LocalDateTime.parse("2047-05-20T09:00"));
        ReportPeriod may = new ReportPeriod(ReportPeriod.Kind.MONTH, LocalDate.parse("2047-05-01"),
                LocalDate.parse("2047-05-20"), true);
        assertThat(statistics.report(dossier.competentUnit(), may, Breakdown.UNIT).total().withdrawn())
                .as("not before it happened").isZero();
    }

    @Test
    void aProvinceReportByUnitListsEveryActiveUnitInTheDirectorysOrder(@Autowired UnitDirectory units) {
        clock.setLocal(LocalDateTime.parse("2045-04-10T10:00"));
        StatisticsReport report = statistics.report(null, MARCH, Breakdown.UNIT);
        List<String> active = units.all().stream().filter(u -> u.parent() != null && u.active())
                .map(u -> u.identifier()).toList();
        assertThat(report.rows()).extracting(StatisticsRow::key).containsSubsequence(active);
        assertThat(rows(report).get(UNIT).figures().received()).isEqualTo(10);
    }

    private static Map<String, StatisticsRow> rows(StatisticsReport report) {
        return report.rows().stream().collect(Collectors.toMap(StatisticsRow::key, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private static TestFacts dossier(String code, String procedure, String received) {
        return TestFacts.received(UNIT, code, procedure, received);
    }

    private static TestFacts refusedAtReception(String code, String procedure, String submitted, String refused) {
        return TestFacts.refusedAtReception(UNIT, code, procedure, submitted, refused);
    }
}
