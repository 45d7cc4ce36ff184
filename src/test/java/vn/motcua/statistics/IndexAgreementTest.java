package vn.motcua.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.TestUnits;
import vn.motcua.index.Criterion;
import vn.motcua.index.CriterionScore;
import vn.motcua.index.DossierHistory;
import vn.motcua.index.GeneratedHistory;
import vn.motcua.index.IndexQueries;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.statistics.ReportPeriod.Kind;

/**
 * The report agrees with the service index on the same period: its received dossiers are 2.1's
 * denominator and those not late its numerator, for a commune's generated history (every status,
 * on time and late, supplements, refusals, withdrawals) and for the whole province, for closed and
 * running months, a quarter, a year and a range, at mid-day, under every breakdown.
 */
@MotcuaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexAgreementTest {

    static final String UNIT = "000.97.42.H18";
    static final LocalDateTime NOW = LocalDateTime.parse("2046-03-16T10:30");

    @Autowired
    MonthlyStatistics statistics;
    @Autowired
    IndexQueries index;
    @Autowired
    TestClock clock;

    @BeforeAll
    void history(@Autowired UnitDirectory units, @Autowired DossierHistory history) {
        TestUnits.commune(units, UNIT, "Xã Thử Nghiệm Đối Chiếu Thống Kê");
        history.record(new GeneratedHistory(4646, UNIT, "TKI-").dossiers(600,
                LocalDateTime.parse("2045-11-03T07:00"), LocalDateTime.parse("2046-03-20T17:00")));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void receivedAndOnTimeAreTheIndexsProgressTallies() {
        clock.setLocal(NOW);
        List<ReportPeriod> periods = List.of(
                new ReportPeriod(Kind.MONTH, LocalDate.parse("2046-01-01"), LocalDate.parse("2046-01-31"), false),
                new ReportPeriod(Kind.MONTH, LocalDate.parse("2046-02-01"), LocalDate.parse("2046-02-28"), false),
                new ReportPeriod(Kind.MONTH, LocalDate.parse("2046-03-01"), LocalDate.parse("2046-03-16"), true),
                new ReportPeriod(Kind.QUARTER, LocalDate.parse("2045-10-01"), LocalDate.parse("2045-12-31"), false),
                new ReportPeriod(Kind.QUARTER, LocalDate.parse("2046-01-01"), LocalDate.parse("2046-03-16"), true),
                new ReportPeriod(Kind.YEAR, LocalDate.parse("2045-01-01"), LocalDate.parse("2045-12-31"), false),
                new ReportPeriod(Kind.RANGE, LocalDate.parse("2045-12-15"), LocalDate.parse("2046-02-10"), false));
        for (ReportPeriod period : periods) {
            CriterionScore onTime = index.report(UNIT, period.from(), period.to()).criterion(Criterion.ON_TIME);
            assertThat(onTime.denominator()).as("%s has dossiers", period).isPositive();
            for (Breakdown breakdown : Breakdown.values()) {
                StatisticsFigures total = statistics.report(UNIT, period, breakdown).total();
                assertThat(total.received()).as("%s by %s: received = 2.1's denominator", period, breakdown)
                        .isEqualTo(onTime.denominator());
                assertThat(total.received() - total.late()).as("%s by %s: not late = 2.1's numerator", period,
                        breakdown).isEqualTo(onTime.numerator());
            }
        }
    }

    @Test
    void theProvinceAgreesToo() {
        clock.setLocal(NOW);
        LocalDate from = LocalDate.parse("2046-02-01");
        LocalDate to = LocalDate.parse("2046-03-16");
        CriterionScore onTime = index.report(null, from, to).criterion(Criterion.ON_TIME);
        StatisticsFigures total = statistics.report(null, new ReportPeriod(Kind.RANGE, from, to, true), Breakdown.UNIT)
                .total();
        assertThat(total.received()).isEqualTo(onTime.denominator());
        assertThat(total.received() - total.late()).isEqualTo(onTime.numerator());
    }
}
