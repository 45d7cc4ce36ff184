package vn.motcua.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierView;
import vn.motcua.identity.ApplicantVerified;
import vn.motcua.identity.ApplicantVerified.VerificationSource;
import vn.motcua.population.PopulationConnections;
import vn.motcua.population.PopulationGateway.Citizen;
import vn.motcua.population.PopulationGatewaySimulator;
import vn.motcua.population.PopulationLookups;

/**
 * 5.6 and 5.7 from the population module: a citizen applicant verified by either source counts, one not
 * verified loses its points with its reason; a citizen procedure counts once an administrator connects it.
 */
@MotcuaIntegrationTest
class PopulationCriteriaTest {

    static final String WARD = "000.01.31.H18";

    @Autowired IndexQueries index;
    @Autowired IndexDrillDown drillDown;
    @Autowired DossierFixtures fixtures;
    @Autowired PopulationLookups lookups;
    @Autowired PopulationGatewaySimulator simulator;
    @Autowired PopulationConnections connections;
    @Autowired Catalog catalog;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired TestClock clock;

    @Test
    void citizenDossiersCountVerifiedByThePopulationDatabaseOrVneidAndTheOthersLoseWithTheirReason()
            throws InterruptedException {
        Citizen person = simulator.population().get(60);
        DossierView lookedUp = fixtures.receiveNotaryCard(person.idNumber(), person.fullName());
        DossierView vneid = fixtures.receiveNotaryCard("011090004321", "Lò Văn Pọm");
        DossierView neither = fixtures.receiveNotaryCard("011090005432", "Cà Thị Hoa");
        lookups.verify("tiepnhan", lookedUp.code(), lookedUp.procedureCode(), person.idNumber(), person.fullName());
        transactions.executeWithoutResult(tx -> events.publishEvent(new ApplicantVerified(vneid.code(),
                "011090004321", VerificationSource.VNEID, clock.instant())));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));

        Await.until(() -> meets(today, lookedUp.code()).orElse(false) && meets(today, vneid.code()).orElse(false));
        DrillDownLine lost = lines(today).stream().filter(l -> l.code().equals(neither.code())).findFirst().orElseThrow();
        assertThat(lost.meets()).isFalse();
        assertThat(lost.reason().key()).isEqualTo("index.reason.applicantNotVerified");

        CriterionScore score = index.report(null, today, today).criterion(Criterion.POPULATION_DATA_IN_DOSSIERS);
        assertThat(score.numerator()).isLessThan(score.denominator());
        assertThat(score.score()).isEqualByComparingTo(points(score.numerator(), score.denominator()));
    }

    @Test
    void aCitizenProcedureCountsIn57OnceConnectedAndLosesWithItsReasonWhenNot() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        Procedure procedure = catalog.codes().stream().map(catalog::findInForce).flatMap(Optional::stream)
                .filter(p -> p.content().units().contains(WARD) && p.publishedAt() != null)
                .filter(p -> p.content().applicants().contains(ApplicantType.CITIZEN))
                .filter(p -> !connections.connected(p.code())).findFirst().orElseThrow();
        CriterionScore before = index.report(WARD, today, today).criterion(Criterion.POPULATION_DATA_IN_PROCEDURES);
        assertThat(procedureLine(today, procedure.code()).reason().key())
                .isEqualTo("index.reason.populationDbNotConnected");
        try {
            connections.set(procedure.code(), true, "admin");
            CriterionScore after = index.report(WARD, today, today).criterion(Criterion.POPULATION_DATA_IN_PROCEDURES);
            assertThat(after.numerator()).isEqualTo(before.numerator() + 1);
            assertThat(after.denominator()).isEqualTo(before.denominator());
            assertThat(after.score()).isEqualByComparingTo(points(after.numerator(), after.denominator()));
            assertThat(procedureLine(today, procedure.code()).meets()).isTrue();
        } finally {
            connections.set(procedure.code(), false, "admin");
        }
    }

    /** INDEX-766.md: points = 2 × ratio, two decimals. */
    private static BigDecimal points(long numerator, long denominator) {
        return BigDecimal.valueOf(2 * numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    private Optional<Boolean> meets(LocalDate day, String code) {
        return lines(day).stream().filter(l -> l.code().equals(code)).findFirst().map(DrillDownLine::meets);
    }

    private List<DrillDownLine> lines(LocalDate day) {
        return drillDown.of(null, day, day, Criterion.POPULATION_DATA_IN_DOSSIERS, 0, 10_000).lines();
    }

    private DrillDownLine procedureLine(LocalDate day, String code) {
        return drillDown.of(WARD, day, day, Criterion.POPULATION_DATA_IN_PROCEDURES, 0, 10_000).lines().stream()
                .filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }
}
