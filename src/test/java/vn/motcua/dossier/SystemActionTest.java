package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.platform.UserInputException;

/**
 * A system (here the payment platform's callback) acts through the same pipeline with an idempotency key:
 * sent twice, or twice at once, it has one effect and the second call gets the first one's outcome.
 */
@MotcuaIntegrationTest
class SystemActionTest {

    static final Actor PLATFORM = Actor.system("payment-platform", "Nền tảng thanh toán quốc gia");

    @Autowired
    DossierFixtures fixtures;
    @Autowired
    DossierHandling handling;
    @Autowired
    DossierQueries queries;
    @Autowired
    DossierEventRecorder recorder;

    DossierView waitingForPayment(String idNumber) {
        DossierView d = fixtures.receiveNotaryCard(idNumber, "Cầm Thị Lan");
        d = fixtures.act("tiepnhan", d, new DossierCommand.CompleteStep(null));
        return fixtures.act("chuyenvien.tuphap", d, new DossierCommand.RequirePayment(50_000, "Lệ phí cấp thẻ"));
    }

    long paymentLines(String code) {
        return queries.find(code).orElseThrow().tracking().stream()
                .filter(t -> t.action() == DossierAction.RECORD_PAYMENT).count();
    }

    @Test
    void theSameKeyTwiceHasOneEffectAndReturnsTheFirstOutcome() throws Exception {
        DossierView d = waitingForPayment("011090001401");
        var paid = new DossierCommand.RecordPayment("MaThamChieu 2026120500001");

        TransitionOutcome first = handling.handleOnce(PLATFORM, d.code(), "MTC-2026120500001", paid);
        TransitionOutcome second = handling.handleOnce(PLATFORM, d.code(), "MTC-2026120500001", paid);

        int line = d.tracking().size() + 1;
        assertThat(first).isEqualTo(new TransitionOutcome(d.code(), DossierAction.RECORD_PAYMENT,
                DossierStatus.FINANCIAL_OBLIGATION, DossierStatus.PROCESSING, line, false));
        assertThat(second).isEqualTo(new TransitionOutcome(d.code(), DossierAction.RECORD_PAYMENT,
                DossierStatus.FINANCIAL_OBLIGATION, DossierStatus.PROCESSING, line, true));
        DossierView after = queries.find(d.code()).orElseThrow();
        assertThat(after.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(paymentLines(d.code())).isEqualTo(1);
        TrackingEntry last = after.tracking().getLast();
        assertThat(last.fromOfficer()).isEqualTo("payment-platform");
        assertThat(last.fromName()).isEqualTo("Nền tảng thanh toán quốc gia");
        assertThat(last.fromUnit()).isNull();
        Await.until(() -> recorder.changesOf(d.code()).stream()
                .anyMatch(e -> e.action() == DossierAction.RECORD_PAYMENT));
        assertThat(recorder.changesOf(d.code())).filteredOn(e -> e.action() == DossierAction.RECORD_PAYMENT)
                .hasSize(1);
    }

    @Test
    void theSameKeyTwiceAtOnceStillActsOnce() throws Exception {
        DossierView d = waitingForPayment("011090001402");
        var paid = new DossierCommand.RecordPayment(null);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<TransitionOutcome>> calls = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return handling.handleOnce(PLATFORM, d.code(), "MTC-2026120500002", paid);
                })).toList();
        start.countDown();

        List<TransitionOutcome> outcomes = calls.stream().map(CompletableFuture::join).toList();

        assertThat(outcomes).extracting(TransitionOutcome::repeated).containsExactlyInAnyOrder(false, true);
        assertThat(outcomes).extracting(TransitionOutcome::trackingSeq).containsOnly(d.tracking().size() + 1);
        assertThat(paymentLines(d.code())).isEqualTo(1);
    }

    @Test
    void aKeyUsedForAnotherDossierIsRefusedAndARefusedActionLeavesNoKey() {
        DossierView one = waitingForPayment("011090001403");
        DossierView other = waitingForPayment("011090001404");
        var paid = new DossierCommand.RecordPayment(null);
        handling.handleOnce(PLATFORM, one.code(), "MTC-2026120500003", paid);

        assertThatThrownBy(() -> handling.handleOnce(PLATFORM, other.code(), "MTC-2026120500003", paid))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(paymentLines(other.code())).isZero();

        // Paid already: the table refuses a second payment under a new key, and the key stays unused.
        assertThatThrownBy(() -> handling.handleOnce(PLATFORM, one.code(), "MTC-2026120500004", paid))
                .isInstanceOf(ActionRefusedException.class);
        TransitionOutcome later = handling.handleOnce(PLATFORM, other.code(), "MTC-2026120500004", paid);
        assertThat(later.repeated()).isFalse();
        assertThat(later.code()).isEqualTo(other.code());
    }

    @Test
    void aSystemCannotTakeAnOfficersActionNorActWithoutAKey() {
        DossierView d = waitingForPayment("011090001405");

        assertThatThrownBy(() -> handling.handleOnce(PLATFORM, d.code(), "K-1",
                new DossierCommand.Stop("Không nộp lệ phí"))).isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> handling.handleOnce(PLATFORM, d.code(), " ", new DossierCommand.RecordPayment(null)))
                .isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> handling.handleOnce(PLATFORM, d.code(), "x".repeat(129),
                new DossierCommand.RecordPayment(null))).isInstanceOf(UserInputException.class);
        assertThat(queries.find(d.code()).orElseThrow().status()).isEqualTo(DossierStatus.FINANCIAL_OBLIGATION);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
