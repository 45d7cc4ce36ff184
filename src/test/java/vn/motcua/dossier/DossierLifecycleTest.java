package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.index.Criterion;
import vn.motcua.index.IndexQueries;
import vn.motcua.Await;
import java.time.LocalDate;
import vn.motcua.platform.NotFoundException;

@MotcuaIntegrationTest
class DossierLifecycleTest {

    static final String CENTRE = "000.00.01.H18";
    static final String JUSTICE = "000.00.02.H18";

    @Autowired
    DossierFixtures fixtures;
    @Autowired
    DossierHandling handling;
    @Autowired
    TestClock clock;
    @Autowired
    DossierQueries queries;
    @Autowired
    IndexQueries index;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    DossierView receiveNotaryCard(LocalDateTime at) {
        return fixtures.receiveNotaryCardAt(at);
    }

    DossierView act(String username, DossierView d, DossierCommand command) {
        return fixtures.act(username, d, command);
    }

    @Test
    void aWalkInDossierIsReceivedWithACodeAnAppointmentAndItsProcessPlaced() {
        DossierView d = receiveNotaryCard(LocalDateTime.parse("2026-02-12T10:00"));

        assertThat(d.code()).matches("000\\.00\\.01\\.H18-260212-\\d{4}");
        assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(d.appointment()).isEqualTo("2026-02-26T10:00"); // 5 working days across Tết
        assertThat(d.steps()).extracting(DossierView.Step::unit)
                .containsExactly(CENTRE, JUSTICE, JUSTICE, JUSTICE, CENTRE);
        assertThat(d.steps().getLast().deadline()).isEqualTo(d.appointment());
        assertThat(d.tracking()).singleElement().satisfies(t -> {
            assertThat(t.action()).isEqualTo(DossierAction.RECEIVE_AT_COUNTER);
            assertThat(t.fromName()).isEqualTo("Trần Thị Mai");
        });
    }

    @Test
    void theDossierMovesThroughItsProcessWithOneSupplementRoundTripAndIsReturned() {
        DossierView d = receiveNotaryCard(LocalDateTime.parse("2026-03-02T08:00"));
        d = act("tiepnhan", d, new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        assertThat(d.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(d.currentUnit()).isEqualTo(JUSTICE);

        clock.setLocal(LocalDateTime.parse("2026-03-02T14:00"));
        d = act("chuyenvien.tuphap", d, new DossierCommand.RequestSupplement(List.of(
                new SupplementItem("Bản sao quyết định bổ nhiệm công chứng viên", "Chưa có bản sao chứng thực"))));
        assertThat(d.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        LocalDateTime appointmentBefore = d.appointment();

        clock.setLocal(LocalDateTime.parse("2026-03-04T14:00")); // two working days later
        d = act("tiepnhan", d, new DossierCommand.Supplement(List.of(new SupplementAnswer(1, 0, 1, List.of())), null));
        assertThat(d.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(d.appointment()).isEqualTo(appointmentBefore.plusDays(2));

        d = act("chuyenvien.tuphap", d, new DossierCommand.CompleteStep("Đủ điều kiện"));
        d = act("lanhdao.tuphap", d, new DossierCommand.CompleteStep("Đồng ý"));
        d = act("vanthu.tuphap", d, new DossierCommand.MarkDone("Số 12/TCCV"));
        assertThat(d.status()).isEqualTo(DossierStatus.DONE);
        d = act("tiepnhan", d, new DossierCommand.ReturnResult(ReturnMethod.COUNTER, null));

        assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(d.tracking()).extracting(TrackingEntry::action).containsExactly(
                DossierAction.RECEIVE_AT_COUNTER, DossierAction.COMPLETE_STEP, DossierAction.REQUEST_SUPPLEMENT,
                DossierAction.SUPPLEMENT, DossierAction.COMPLETE_STEP, DossierAction.COMPLETE_STEP,
                DossierAction.MARK_DONE, DossierAction.RETURN_RESULT);
        assertThat(d.tracking()).filteredOn(t -> t.outcome() != null).isNotEmpty()
                .allSatisfy(t -> assertThat(t.outcome()).isNotEqualTo(TrackingEntry.Outcome.LATE));
    }

    @Test
    void anOfficerOfAnotherUnitNeitherSeesNorActsOnTheDossier() {
        DossierView d = receiveNotaryCard(LocalDateTime.parse("2026-03-02T08:00"));
        assertThatThrownBy(() -> act("chuyenvien.taichinh", d, new DossierCommand.CompleteStep(null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void ofTwoOfficersActingOnTheSameReadExactlyOneSucceeds() {
        DossierView d = receiveNotaryCard(LocalDateTime.parse("2026-03-02T08:00"));
        act("tiepnhan", d, new DossierCommand.CompleteStep("first"));
        assertThatThrownBy(() -> act("tiepnhan", d, new DossierCommand.CompleteStep("second")))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void anApologyIsAllowedOnceAndNoLaterThanOneWorkingDayBeforeTheAppointment() {
        DossierView d = receiveNotaryCard(LocalDateTime.parse("2026-03-02T08:00"));
        d = act("tiepnhan", d, new DossierCommand.CompleteStep(null));
        LocalDateTime newDate = d.appointment().plusDays(3);
        DossierView late = d;
        clock.setLocal(d.appointment().minusHours(2));
        assertThatThrownBy(() -> act("chuyenvien.tuphap", late, new DossierCommand.Apologise("Chờ xác minh", newDate)))
                .isInstanceOf(ActionRefusedException.class);

        clock.setLocal(LocalDateTime.parse("2026-03-03T08:00"));
        d = act("chuyenvien.tuphap", d, new DossierCommand.Apologise("Chờ xác minh", newDate));
        assertThat(d.appointment()).isEqualTo(newDate);
        DossierView again = d;
        assertThatThrownBy(() -> act("chuyenvien.tuphap", again, new DossierCommand.Apologise("Lần hai",
                newDate.plusDays(1)))).isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void aDossierReceivedOutsideWorkingHoursKeepsItsMomentAndItsClockStartsAtTheNextPeriod() {
        DossierView d = receiveNotaryCard(LocalDateTime.parse("2026-03-06T17:40")); // a Friday evening
        assertThat(d.receivedAt()).as("as it happened").isEqualTo("2026-03-06T17:40");
        assertThat(d.tracking().getFirst().at()).isEqualTo("2026-03-06T17:40");
        // 5 working days counted from Monday 07:00, not from Friday 17:40: Friday 13 March, 17:00.
        assertThat(d.appointment()).isEqualTo("2026-03-13T17:00");
    }

    @Test
    void aDossierReceivedAndHandledAtNightIsInThatDaysIndexAndNeverReturnedBeforeItWasReceived()
            throws InterruptedException {
        LocalDate wednesday = LocalDate.parse("2026-03-11");
        long counted = receivedOn(wednesday);

        DossierView received = receiveNotaryCard(wednesday.atTime(23, 0));
        clock.setLocal(wednesday.atTime(23, 34));
        DossierView d = act("tiepnhan", received, new DossierCommand.CompleteStep(null));

        assertThat(d.receivedAt()).isEqualTo("2026-03-11T23:00");
        assertThat(d.tracking()).extracting(TrackingEntry::at).isSorted().allMatch(at -> !at.isBefore(d.receivedAt()));
        Await.until(() -> receivedOn(wednesday) == counted + 1);
    }

    /** Dossiers the province's index counts as received on the day (5.4, counted for every dossier on entry). */
    private long receivedOn(LocalDate day) {
        return index.report(null, day, day).criterion(Criterion.DATA_STORE_SYNC).denominator();
    }

    @Test
    void aComponentCannotNameAFileTheStoreDoesNotHold() {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        AttachedFile invented = new AttachedFile("ab".repeat(32), "giay-khai-sinh.pdf", "application/pdf", 1234);
        assertThatThrownBy(() -> handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(
                DossierFixtures.NOTARY_CARD, Channel.COUNTER,
                new Applicant(ApplicantType.CITIZEN, "011090001299", "Hà Thị Ngân", null, null, null), null, null,
                List.of(new ComponentInput("Đơn đề nghị", 1, 0, true, false, false, List.of(invented))),
                ReturnMethod.COUNTER, null, null, null)))
                .isInstanceOfSatisfying(vn.motcua.platform.UserInputException.class, e -> assertThat(e.problems())
                        .extracting(vn.motcua.platform.UserInputException.Problem::field)
                        .containsExactly("components[0].file"));
    }
}
