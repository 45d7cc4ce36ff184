package vn.motcua.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.identity.ApplicantVerified;
import vn.motcua.identity.ApplicantVerified.VerificationSource;
import vn.motcua.identity.PersonalIdNumber;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.platform.UserInputException;
import vn.motcua.population.PopulationGateway.Citizen;

/**
 * Look-ups through the real HTTP adapter against the simulator on the application's own port: found, not
 * found, down, slow; each logged, the log refusing any change; ID numbers refused before anything is asked;
 * what a look-up means for a dossier, and the verifications kept from either source.
 */
@MotcuaIntegrationTest
class PopulationLookupTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired PopulationLookups lookups;
    @Autowired PopulationGatewaySimulator simulator;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired TestClock clock;

    @AfterEach
    void restore() {
        simulator.setMode(SimulatorMode.UP);
        clock.reset();
    }

    /** DOCUMENTS.md: digits 1–3 a birth province, digit 4 century and sex, digits 5–6 the year of birth. */
    @Test
    void theDemoPopulationsIdNumbersSayWhoIsWhoAsTheCardRulesSay() {
        List<Citizen> people = simulator.population();
        assertThat(people).hasSize(300);
        Set<String> ids = new HashSet<>();
        for (Citizen p : people) {
            String id = p.idNumber();
            assertThat(ids.add(id)).as("unique %s", id).isTrue();
            assertThat(PersonalIdNumber.isValid(id)).as(id).isTrue();
            int year = p.birthDate().getYear();
            int expectedDigit = (year >= 2000 ? 2 : 0) + ("Nữ".equals(p.sex()) ? 1 : 0);
            assertThat(id.charAt(3) - '0').as("century and sex of %s", id).isEqualTo(expectedDigit);
            assertThat(id.substring(4, 6)).as("year of %s", id).isEqualTo("%02d".formatted(year % 100));
            assertThat(p.permanentResidence().address()).endsWith("tỉnh Điện Biên");
            assertThat(p.homeTown().address()).isNotBlank();
        }
        assertThat(simulator.population()).as("the same people every time").isEqualTo(people);
    }

    @Test
    void aCitizenFoundComesBackWithResidencesAndHomeTownAndTheLookUpIsLogged() {
        Citizen person = simulator.population().get(7);
        LookupResult result = lookups.lookUp(order(person.idNumber(), null), "idNumber");

        assertThat(result.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(result.citizen()).isEqualTo(person);
        Lookup logged = result.lookup();
        assertThat(logged.lookedUpBy()).isEqualTo("tiepnhan");
        assertThat(logged.purpose()).isEqualTo(LookupPurpose.COUNTER_RECEPTION);
        assertThat(logged.procedureCode()).isEqualTo("1.001193");
        assertThat(logged.idNumber()).isEqualTo(person.idNumber());
        assertThat(logged.birthYear()).isEqualTo(person.birthDate().getYear());
        assertThat(logged.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookups.log(0, 50)).contains(logged);
    }

    @Test
    void theNameMatchesWithoutMarksOrCaseAndAnotherNameIsNotFound() {
        Citizen person = simulator.population().get(11);
        assertThat(lookups.lookUp(order(person.idNumber(), person.fullName().toLowerCase()), "idNumber").outcome())
                .isEqualTo(LookupOutcome.FOUND);
        LookupResult other = lookups.lookUp(order(person.idNumber(), "Người Khác Hẳn"), "idNumber");
        assertThat(other.outcome()).isEqualTo(LookupOutcome.NOT_FOUND);
        assertThat(other.citizen()).isNull();
        assertThat(other.lookup().fullName()).isEqualTo("NGUOI KHAC HAN");
    }

    @Test
    void aNumberNobodyHasIsNotFoundAndLogged() {
        LookupResult result = lookups.lookUp(order(unknownId(), null), "idNumber");
        assertThat(result.outcome()).isEqualTo(LookupOutcome.NOT_FOUND);
        assertThat(lookups.log(0, 50)).contains(result.lookup());
    }

    @Test
    void aGatewayDownAnswersUnavailableAtOnceAndIsLogged() {
        simulator.setMode(SimulatorMode.DOWN);
        LookupResult result = lookups.lookUp(order(simulator.population().getFirst().idNumber(), null), "idNumber");
        assertThat(result.outcome()).isEqualTo(LookupOutcome.UNAVAILABLE);
        assertThat(result.citizen()).isNull();
        assertThat(lookups.log(0, 50)).contains(result.lookup());
    }

    /** The test settings: the adapter waits 2 s, the slow simulator answers after 3 s. */
    @Test
    void aSlowGatewayIsUnavailableOnceTheLookUpStopsWaiting() {
        simulator.setMode(SimulatorMode.SLOW);
        long start = System.nanoTime();
        LookupResult result = lookups.lookUp(order(simulator.population().getFirst().idNumber(), null), "idNumber");
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result.outcome()).isEqualTo(LookupOutcome.UNAVAILABLE);
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(lookups.log(0, 50)).contains(result.lookup());
    }

    @Test
    void anIdNumberThatCannotExistIsRefusedAndNothingIsAskedNorLogged() {
        long before = lookups.logSize();
        for (String typed : new String[] {"12345", "0110901234567", "01109012345a", "000000000000", "003090123456",
            "011590123456", "", null}) {
            assertThatThrownBy(() -> lookups.lookUp(order(typed, null), "applicant.idNumber")).as("%s", typed)
                    .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                            .anySatisfy(p -> {
                                assertThat(p.field()).isEqualTo("applicant.idNumber");
                                assertThat(p.messageKey()).isEqualTo("population.idNumber.invalid");
                            }));
        }
        assertThatThrownBy(() -> lookups.lookUp(order(unknownId(), "x".repeat(201)), "idNumber"))
                .isInstanceOf(UserInputException.class);
        assertThat(lookups.logSize()).isEqualTo(before);
    }

    @Test
    void theLogRefusesAnyUpdateDeleteOrTruncate() {
        Lookup logged = lookups.lookUp(order(unknownId(), null), "idNumber").lookup();
        assertThatThrownBy(() -> jdbc.sql("update population_lookup set outcome = 'FOUND' where id = ?")
                .param(logged.id()).update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from population_lookup where id = ?").param(logged.id()).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate population_lookup cascade").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(lookups.log(0, 50)).contains(logged);
    }

    @Test
    void aLookUpThatFoundTheApplicantVerifiesTheDossierItIsTiedTo() throws InterruptedException {
        Citizen person = simulator.population().get(21);
        Lookup found = lookups.lookUp(order(person.idNumber(), null), "idNumber").lookup();
        String code = dossierCode();

        assertThat(lookups.recordFor(code, found.id(), "tiepnhan", person.idNumber(), person.fullName()))
                .hasValueSatisfying(c -> assertThat(c.outcome()).isEqualTo(DossierCheck.Outcome.VERIFIED));
        Await.until(() -> !lookups.verifications(code).isEmpty());
        assertThat(lookups.verifications(code)).singleElement().satisfies(v -> {
            assertThat(v.source()).isEqualTo(VerificationSource.POPULATION_DATABASE);
            assertThat(v.idNumber()).isEqualTo(person.idNumber());
        });
        assertThat(lookups.log(0, 50)).anySatisfy(l -> {
            assertThat(l.id()).isEqualTo(found.id());
            assertThat(l.dossierCode()).as("the log says for which dossier").isEqualTo(code);
        });
    }

    @Test
    void aLookUpCountsOnlyForTheSameOfficerTheSameNumberAndTheSameDay() {
        Citizen person = simulator.population().get(22);
        Lookup found = lookups.lookUp(order(person.idNumber(), null), "idNumber").lookup();
        assertThat(lookups.recordFor(dossierCode(), found.id(), "tiepnhan.dienbienphu", person.idNumber(),
                person.fullName())).as("another officer's").isEmpty();
        assertThat(lookups.recordFor(dossierCode(), found.id(), "tiepnhan", unknownId(), person.fullName()))
                .as("another number").isEmpty();
        clock.setLocal(LocalDateTime.ofInstant(clock.instant(), VIETNAM).plusHours(11));
        assertThat(lookups.recordFor(dossierCode(), found.id(), "tiepnhan", person.idNumber(), person.fullName()))
                .as("eleven hours later").isEmpty();
    }

    @Test
    void aLookUpThatFoundNobodyOrCouldNotBeMadeLeavesTheDossierEnteredByHand() {
        String notFound = dossierCode();
        Lookup nobody = lookups.lookUp(order(unknownId(), null), "idNumber").lookup();
        assertThat(lookups.recordFor(notFound, nobody.id(), "tiepnhan", nobody.idNumber(), "Lò Văn Tay"))
                .hasValueSatisfying(c -> assertThat(c.outcome().enteredByHand()).isTrue());

        simulator.setMode(SimulatorMode.DOWN);
        Citizen person = simulator.population().get(23);
        String down = dossierCode();
        Lookup unavailable = lookups.lookUp(order(person.idNumber(), null), "idNumber").lookup();
        lookups.recordFor(down, unavailable.id(), "tiepnhan", person.idNumber(), person.fullName());

        simulator.setMode(SimulatorMode.UP);
        String renamed = dossierCode();
        Lookup found = lookups.lookUp(order(person.idNumber(), null), "idNumber").lookup();
        lookups.recordFor(renamed, found.id(), "tiepnhan", person.idNumber(), "Tên Khác");

        assertThat(lookups.checks(notFound)).extracting(DossierCheck::outcome).containsExactly(DossierCheck.Outcome.NOT_FOUND);
        assertThat(lookups.checks(down)).extracting(DossierCheck::outcome).containsExactly(DossierCheck.Outcome.UNAVAILABLE);
        assertThat(lookups.checks(renamed)).extracting(DossierCheck::outcome)
                .containsExactly(DossierCheck.Outcome.DETAILS_DIFFER);
        assertThat(lookups.verifications(notFound)).isEmpty();
        assertThat(lookups.verifications(down)).isEmpty();
        assertThat(lookups.verifications(renamed)).isEmpty();
    }

    @Test
    void aVneidVerificationIsKeptOncePerDossierBesideAPopulationOne() throws InterruptedException {
        String code = dossierCode();
        ApplicantVerified vneid = new ApplicantVerified(code, "011090123456", VerificationSource.VNEID, clock.instant());
        transactions.executeWithoutResult(tx -> events.publishEvent(vneid));
        transactions.executeWithoutResult(tx -> events.publishEvent(vneid));
        transactions.executeWithoutResult(tx -> events.publishEvent(new ApplicantVerified(code, "011090123456",
                VerificationSource.POPULATION_DATABASE, clock.instant())));
        Await.until(() -> lookups.verifications(code).size() == 2);
        assertThat(lookups.verifications(code)).extracting(Verification::source)
                .containsExactlyInAnyOrder(VerificationSource.VNEID, VerificationSource.POPULATION_DATABASE);
    }

    private static LookupOrder order(String idNumber, String name) {
        return new LookupOrder("tiepnhan", LookupPurpose.COUNTER_RECEPTION, null, "1.001193", idNumber, name);
    }

    /** A number that can exist, registered in Hồ Chí Minh City: the demo population has none from there. */
    static String unknownId() {
        return "0790" + "%08d".formatted(ThreadLocalRandom.current().nextLong(100_000_000L));
    }

    private static String dossierCode() {
        return "TEST-POP-" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }
}
