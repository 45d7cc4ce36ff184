package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.SupplementItem;
import vn.motcua.notification.internal.StepDeadlineWatch;

/**
 * Citizens and officers are told what happens to a dossier, by the channels chosen (or, at a counter,
 * SMS when a phone was typed), in the language chosen, with the dossier's own details.
 */
@MotcuaIntegrationTest
class DossierNotificationsTest {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Autowired
    NotificationFixtures fixtures;
    @Autowired
    DossierFixtures dossiers;
    @Autowired
    NotificationChoices choices;
    @Autowired
    DemoMailbox mailbox;
    @Autowired
    SmsSimulator sms;
    @Autowired
    TestClock clock;
    @Autowired
    StepDeadlineWatch watch;
    @Value("${motcua.public-url}")
    String publicUrl;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCounterDossierWithAPhoneIsToldBySmsOnly() throws Exception {
        DossierView d = fixtures.receiveAtCounter("0987100001", "lo.mai.sms@example.vn");

        OutboxMessage sent = fixtures.awaitSent(d.code(), NotificationKind.RECEIVED, NotificationChannel.SMS);
        assertThat(sent.recipient()).isEqualTo("0987100001");
        assertThat(fixtures.messages(d.code())).extracting(OutboxMessage::channel)
                .containsExactly(NotificationChannel.SMS);
        List<SmsSimulator.Received> received = sms.receivedFor("0987100001");
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().text()).isEqualTo("Ho so " + d.code() + " da duoc tiep nhan. Hen tra ket qua: "
                + MOMENT.format(d.appointment()) + ". Tra cuu: " + followLink(d));
    }

    @Test
    void aCounterDossierWithOnlyAnEmailIsToldByEmailWithTheReceiptsDetails() throws Exception {
        DossierView d = fixtures.receiveAtCounter(null, "lo.mai.mail@example.vn");

        fixtures.awaitSent(d.code(), NotificationKind.RECEIVED, NotificationChannel.EMAIL);
        DemoMailbox.Mail mail = mailTo("lo.mai.mail@example.vn", d.code());
        assertThat(mail.subject()).isEqualTo("Hồ sơ " + d.code() + " đã được tiếp nhận");
        assertThat(mail.body()).startsWith("Kính gửi Lò Thị Mai,")
                .contains("Ngày hẹn trả kết quả: " + MOMENT.format(d.appointment()))
                .contains("Phí, lệ phí: 100.000 đồng.")
                .contains(followLink(d));
    }

    @Test
    void anOnlineApplicantIsToldInTheLanguageAndByTheChannelTheyChose() throws Exception {
        DossierView d = dossiers.submitNotaryCardOnline("011090001238", "Sùng A Páo");
        choices.chooseForDossier(d.code(), new ChannelChoice(true, false), Locale.ENGLISH);
        assertThat(fixtures.messages(d.code())).as("nothing is sent before reception accepts it").isEmpty();

        dossiers.act("tiepnhan", d, new DossierCommand.Accept(null));

        fixtures.awaitSent(d.code(), NotificationKind.RECEIVED, NotificationChannel.EMAIL);
        DemoMailbox.Mail mail = mailTo("sung@example.vn", d.code());
        assertThat(mail.subject()).isEqualTo("Dossier " + d.code() + " has been received");
        assertThat(mail.body()).contains("Fees: 100,000 VND.");
    }

    @Test
    void aLateDossiersApologyAndASupplementRequestAreToldWithTheirReasons() throws Exception {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        DossierView d = dossiers.act("tiepnhan", fixtures.receiveAtCounter(null, "lo.mai.late@example.vn"),
                new DossierCommand.CompleteStep(null));
        LocalDateTime newDate = d.appointment().plusDays(3);
        clock.setLocal(LocalDateTime.parse("2026-03-03T08:00"));
        d = dossiers.act("chuyenvien.tuphap", d, new DossierCommand.Apologise("Chờ xác minh lý lịch tư pháp", newDate));
        dossiers.act("chuyenvien.tuphap", d, new DossierCommand.RequestSupplement(
                List.of(new SupplementItem("Phiếu lý lịch tư pháp", "Bản đã hết hạn"))));

        fixtures.awaitSent(d.code(), NotificationKind.LATE, NotificationChannel.EMAIL);
        fixtures.awaitSent(d.code(), NotificationKind.SUPPLEMENT_REQUESTED, NotificationChannel.EMAIL);
        assertThat(mailTo("lo.mai.late@example.vn", "Xin lỗi: hồ sơ " + d.code()).body())
                .contains("Lý do: Chờ xác minh lý lịch tư pháp").contains("Ngày hẹn mới: " + MOMENT.format(newDate));
        assertThat(mailTo("lo.mai.late@example.vn", "Hồ sơ " + d.code() + " cần bổ sung").body())
                .contains("cần bổ sung: Phiếu lý lịch tư pháp (Bản đã hết hạn).");
    }

    @Test
    void aPaymentRequestTellsTheAmountItAsksFor() throws Exception {
        DossierView d = dossiers.act("tiepnhan", fixtures.receiveAtCounter(null, "lo.mai.fee@example.vn"),
                new DossierCommand.CompleteStep(null));
        dossiers.act("chuyenvien.tuphap", d, new DossierCommand.RequirePayment(50_000, "Lệ phí cấp thẻ bổ sung"));

        fixtures.awaitSent(d.code(), NotificationKind.PAYMENT_REQUIRED, NotificationChannel.EMAIL);
        assertThat(mailTo("lo.mai.fee@example.vn", "Hồ sơ " + d.code() + ": cần nộp phí").body())
                .contains("chờ bạn nộp phí, lệ phí: 50.000 đồng.");
    }

    @Test
    void anOfficerIsToldOfAnAssignmentAndOnceOfAStepAboutToBeLate() throws Exception {
        choices.saveOfficerContact(new OfficerContact("chuyenvien.tuphap", "cv.tuphap@example.vn", "0987100009"));
        clock.setLocal(LocalDateTime.parse("2026-03-09T08:00"));
        DossierView d = dossiers.act("tiepnhan", fixtures.receiveAtCounter(null, null),
                new DossierCommand.CompleteStep(null));
        d = dossiers.act("lanhdao.tuphap", d, new DossierCommand.Assign("chuyenvien.tuphap"));

        fixtures.awaitSent(d.code(), NotificationKind.ASSIGNED, NotificationChannel.EMAIL);
        assertThat(mailTo("cv.tuphap@example.vn", "Hồ sơ " + d.code() + " được giao cho bạn").body())
                .contains("hạn " + MOMENT.format(d.currentDeadline()));

        assertThat(kinds(d, NotificationKind.STEP_DUE_SOON)).isZero();
        clock.setLocal(d.currentDeadline().minusHours(2));
        watchTwice();
        fixtures.awaitSent(d.code(), NotificationKind.STEP_DUE_SOON, NotificationChannel.SMS);
        assertThat(kinds(d, NotificationKind.STEP_DUE_SOON)).as("one e-mail and one SMS, once").isEqualTo(2);
    }

    private void watchTwice() {
        watch.warn();
        watch.warn();
    }

    private long kinds(DossierView d, NotificationKind kind) {
        return fixtures.messages(d.code()).stream().filter(m -> m.kind() == kind).count();
    }

    private DemoMailbox.Mail mailTo(String address, String subjectPart) throws InterruptedException {
        Await.until(() -> mailbox.all().stream()
                .anyMatch(m -> m.to().equals(address) && m.subject().contains(subjectPart)));
        return mailbox.all().stream().filter(m -> m.to().equals(address) && m.subject().contains(subjectPart))
                .findFirst().orElseThrow();
    }

    private String followLink(DossierView d) {
        return publicUrl + "/follow?code=" + d.code();
    }
}
