package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.DossierView;
import vn.motcua.platform.SimulatorMode;

/**
 * When the SMS gateway misbehaves the outbox keeps the message and tries again later, waiting longer
 * each time; once the gateway is back the message arrives exactly once.
 */
@MotcuaIntegrationTest
class OutboxDeliveryTest {

    /** A Monday morning: the dossier is received, the first attempt made. */
    private static final LocalDateTime MONDAY = LocalDateTime.parse("2026-12-07T09:00");

    @Autowired
    NotificationFixtures fixtures;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    SmsSimulator sms;
    @Autowired
    TestClock clock;

    @AfterEach
    void gatewayUpAndRealTime() {
        sms.setMode(SimulatorMode.UP);
        clock.reset();
    }

    @Test
    void aGatewayThatIsDownGetsTheMessageOnceItIsBackAfterRetriesOneThenTwoMinutesApart() throws Exception {
        sms.setMode(SimulatorMode.DOWN);
        clock.setLocal(MONDAY);
        DossierView d = fixtures.receiveAtCounter("0987200001", null);

        OutboxMessage first = awaitAttempts(d, 1);
        assertThat(first.status()).isEqualTo("PENDING");
        assertThat(first.lastError()).contains("503");
        assertThat(first.nextAttemptAt()).isEqualTo(first.createdAt().plus(Duration.ofMinutes(1)));
        assertThat(outbox.problems()).extracting(OutboxMessage::id).contains(first.id());

        clock.setLocal(MONDAY.plusMinutes(1));
        OutboxMessage second = awaitAttempts(d, 2);
        assertThat(second.nextAttemptAt()).isEqualTo(first.nextAttemptAt().plus(Duration.ofMinutes(2)));
        assertThat(sms.receivedFor("0987200001")).isEmpty();

        sms.setMode(SimulatorMode.UP);
        clock.setLocal(MONDAY.plusMinutes(3));
        OutboxMessage sent = fixtures.awaitSent(d.code(), NotificationKind.RECEIVED, NotificationChannel.SMS);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sms.receivedFor("0987200001")).hasSize(1).first()
                .satisfies(r -> assertThat(r.times()).isEqualTo(1));
    }

    /**
     * The gateway took the message but the sender never heard so: the retry carries the same id, the
     * gateway recognises it, and the citizen gets one SMS.
     */
    @ParameterizedTest
    @EnumSource(value = SimulatorMode.class, names = {"SLOW", "DUPLICATE"})
    void aMessageTheGatewayTookWithoutSayingSoIsResentUnderTheSameIdAndReceivedOnce(SimulatorMode mode)
            throws Exception {
        String phone = "09873" + mode.ordinal() + "0001";
        sms.setMode(mode);
        clock.setLocal(MONDAY);
        DossierView d = fixtures.receiveAtCounter(phone, null);
        awaitAttempts(d, 1);

        sms.setMode(SimulatorMode.UP);
        clock.setLocal(MONDAY.plusMinutes(1));
        fixtures.awaitSent(d.code(), NotificationKind.RECEIVED, NotificationChannel.SMS);
        List<SmsSimulator.Received> received = sms.receivedFor(phone);
        assertThat(received).as("one SMS for the citizen").hasSize(1);
        assertThat(received.getFirst().times()).as("sent twice, recognised as a duplicate").isEqualTo(2);
    }

    @Test
    void aMessageIsGivenUpOnAfterTenFailuresAndSentWhenAnAdministratorRetriesIt() throws Exception {
        sms.setMode(SimulatorMode.DOWN);
        clock.setLocal(MONDAY);
        DossierView d = fixtures.receiveAtCounter("0987200009", null);
        for (int attempt = 1; attempt <= 10; attempt++) {
            OutboxMessage tried = awaitAttempts(d, attempt);
            clock.setLocal(MONDAY.plusHours(attempt));
            assertThat(tried.status()).isEqualTo(attempt < 10 ? "PENDING" : "FAILED");
        }
        OutboxMessage failed = awaitAttempts(d, 10);
        Thread.sleep(1000);
        assertThat(awaitAttempts(d, 10).attempts()).as("no attempt after giving up").isEqualTo(10);

        sms.setMode(SimulatorMode.UP);
        outbox.retry(failed.id());
        fixtures.awaitSent(d.code(), NotificationKind.RECEIVED, NotificationChannel.SMS);
        assertThat(sms.receivedFor("0987200009")).hasSize(1);
    }

    private OutboxMessage awaitAttempts(DossierView d, int attempts) throws InterruptedException {
        fixtures.awaitQueued(d.code(), NotificationKind.RECEIVED, NotificationChannel.SMS);
        Await.until(() -> sms(d).attempts() >= attempts);
        return sms(d);
    }

    private OutboxMessage sms(DossierView d) {
        return fixtures.messages(d.code()).stream().filter(m -> m.channel() == NotificationChannel.SMS).findFirst()
                .orElseThrow();
    }
}
