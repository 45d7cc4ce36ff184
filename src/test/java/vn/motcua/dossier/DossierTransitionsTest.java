package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.platform.UserInputException;

/**
 * Every row of the status table taken for real, through the service, on a dossier brought to the
 * row's status: the action is accepted and the dossier lands in the row's target status.
 */
@MotcuaIntegrationTest
class DossierTransitionsTest {

    private static final String APPLICANT_ID = "011090004321";

    @Autowired
    DossierFixtures fixtures;
    @Autowired
    DossierHandling handling;
    @Autowired
    TestClock clock;
    @Autowired
    DossierQueries queries;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Stream<Transition> everyTransition() {
        return DossierStateMachine.table().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTransition")
    void everyTransitionOfTheTableHappens(Transition t) {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        DossierView after = t.creates() ? create(t.action()) : act(t.action(), reach(t.from()));
        DossierStatus expected = t.resumes() ? DossierStatus.PROCESSING : t.to();
        assertThat(after.status()).isEqualTo(expected);
        assertThat(after.tracking().getLast().action()).isEqualTo(t.action());
    }

    @Test
    void aDossierAskedToSupplementBeforeItWasReceivedIsNotTheCompetentUnitsToStop() {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        DossierView asked = fixtures.act("tiepnhan", submitOnline(),
                new DossierCommand.RequestSupplement(List.of(new SupplementItem("Tờ khai", "Thiếu chữ ký"))));

        assertThatThrownBy(() -> fixtures.act("lanhdao.tuphap", asked, new DossierCommand.Stop("Không đủ điều kiện")))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::messageKey).containsExactly("dossier.stop.notReceived"));
        assertThat(fixtures.act("tiepnhan", asked, new DossierCommand.Withdraw("Người nộp rút")).status())
                .isEqualTo(DossierStatus.WITHDRAWN);
    }

    @Test
    void noOfficerMovesADossierOnBySayingItsFeeWasPaid() {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        DossierView waiting = reach(DossierStatus.FINANCIAL_OBLIGATION);

        for (String officer : List.of("tiepnhan", "chuyenvien.tuphap")) {
            assertThatThrownBy(() -> fixtures.act(officer, waiting, new DossierCommand.RecordPayment("Đã thu tiền mặt")))
                    .as(officer).isInstanceOf(ActionRefusedException.class);
        }
        assertThat(queries.find(waiting.code()).orElseThrow().status()).isEqualTo(DossierStatus.FINANCIAL_OBLIGATION);
    }

    private DossierView create(DossierAction action) {
        return action == DossierAction.SUBMIT_ONLINE ? submitOnline() : receive();
    }

    /** A dossier brought to {@code status} the way real ones get there. */
    private DossierView reach(DossierStatus status) {
        return switch (status) {
            case NEW -> submitOnline();
            case RECEIVED -> receive();
            case PROCESSING -> fixtures.act("tiepnhan", receive(), new DossierCommand.CompleteStep(null));
            case SUPPLEMENT_REQUESTED -> fixtures.act("chuyenvien.tuphap", reach(DossierStatus.PROCESSING),
                    new DossierCommand.RequestSupplement(List.of(new SupplementItem("Tờ khai", "Thiếu chữ ký"))));
            case FINANCIAL_OBLIGATION -> fixtures.act("chuyenvien.tuphap", reach(DossierStatus.PROCESSING),
                    new DossierCommand.RequirePayment(50_000, "Lệ phí bổ sung"));
            case DONE -> {
                DossierView d = fixtures.act("chuyenvien.tuphap", reach(DossierStatus.PROCESSING),
                        new DossierCommand.CompleteStep(null));
                d = fixtures.act("lanhdao.tuphap", d, new DossierCommand.CompleteStep(null));
                yield fixtures.act("vanthu.tuphap", d, new DossierCommand.MarkDone(null));
            }
            default -> throw new IllegalArgumentException("No action leaves " + status);
        };
    }

    /** The action taken by someone the table and the rules allow, with what it needs. */
    private DossierView act(DossierAction action, DossierView d) {
        return switch (action) {
            case ACCEPT -> fixtures.act("tiepnhan", d, new DossierCommand.Accept(null));
            case REFUSE -> fixtures.act("tiepnhan", d, new DossierCommand.Refuse("Không thuộc thẩm quyền"));
            case REQUEST_SUPPLEMENT -> fixtures.act(d.status() == DossierStatus.NEW ? "tiepnhan" : "chuyenvien.tuphap",
                    d, new DossierCommand.RequestSupplement(List.of(new SupplementItem("Tờ khai", "Thiếu chữ ký"))));
            case SUPPLEMENT -> asApplicant(d, new DossierCommand.Supplement(
                    List.of(new SupplementAnswer(1, 0, 1, List.of())), "Đã bổ sung"));
            case WITHDRAW -> asApplicant(d, new DossierCommand.Withdraw("Không còn nhu cầu"));
            case COMPLETE_STEP -> fixtures.act(d.status() == DossierStatus.RECEIVED ? "tiepnhan" : "chuyenvien.tuphap",
                    d, new DossierCommand.CompleteStep(null));
            case APOLOGISE -> fixtures.act(d.status() == DossierStatus.RECEIVED ? "tiepnhan" : "chuyenvien.tuphap", d,
                    new DossierCommand.Apologise("Chờ xác minh", d.appointment().plusDays(2)));
            case STOP -> fixtures.act("lanhdao.tuphap", d, new DossierCommand.Stop("Có văn bản dừng"));
            case ASSIGN -> fixtures.act("lanhdao.tuphap", d, new DossierCommand.Assign("chuyenvien.tuphap"));
            case SEND_BACK -> fixtures.act("lanhdao.tuphap",
                    fixtures.act("chuyenvien.tuphap", d, new DossierCommand.CompleteStep(null)),
                    new DossierCommand.SendBack(2, "Cần thẩm định lại"));
            case REQUIRE_PAYMENT -> fixtures.act("chuyenvien.tuphap", d,
                    new DossierCommand.RequirePayment(50_000, "Lệ phí bổ sung"));
            case RECORD_PAYMENT -> {
                handling.handleOnce(Actor.system("payment-vietqr", "Chuyển khoản VietQR tại quầy"), d.code(),
                        "FT-" + d.code(), new DossierCommand.RecordPayment("MaThamChieu FT-" + d.code()));
                yield queries.find(d.code()).orElseThrow();
            }
            case MARK_DONE -> fixtures.act("vanthu.tuphap", fixtures.act("lanhdao.tuphap",
                    fixtures.act("chuyenvien.tuphap", d, new DossierCommand.CompleteStep(null)),
                    new DossierCommand.CompleteStep(null)), new DossierCommand.MarkDone(null));
            case RETURN_RESULT -> fixtures.act("tiepnhan", d, new DossierCommand.ReturnResult(null, null));
            case SUBMIT_ONLINE, RECEIVE_AT_COUNTER -> throw new IllegalArgumentException("Creates, not acts");
        };
    }

    private DossierView asApplicant(DossierView d, DossierCommand command) {
        return handling.handle(Actor.applicant(APPLICANT_ID, "Vàng A Sùng"), d.code(), d.lockVersion(), command);
    }

    private DossierView submitOnline() {
        return fixtures.submitNotaryCardOnline(APPLICANT_ID, "Vàng A Sùng");
    }

    private DossierView receive() {
        return fixtures.receiveNotaryCard(APPLICANT_ID, "Vàng A Sùng");
    }
}
