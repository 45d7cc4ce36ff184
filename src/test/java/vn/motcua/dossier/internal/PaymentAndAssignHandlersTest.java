package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.motcua.dossier.internal.HandlerFixtures.*;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.TrackingEntry;

/**
 * Nghĩa vụ tài chính (DOMAIN.md §4): the unit handling the dossier states what the result waits for; the payment
 * is recorded by the counter that received it, the unit handling it, or the payment platform. Phân công: the
 * unit holding the step gives it to one of its officers. The amounts and who may hold a step are the
 * {@code payment} and {@code organization} modules' business, tested with the database.
 */
class PaymentAndAssignHandlersTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 5, 15, 10);

    private final RequirePaymentHandler require = new RequirePaymentHandler();
    private final RecordPaymentHandler record = new RecordPaymentHandler();
    /** A blank assignee is refused before anyone is looked up. */
    private final AssignHandler assign = new AssignHandler(new StepHolders(null, null, null));

    @Test
    void eachHandlerTakesItsOwnAction() {
        assertThat(require.actions()).containsExactly(DossierAction.REQUIRE_PAYMENT);
        assertThat(require.commandType()).isEqualTo(DossierCommand.RequirePayment.class);
        assertThat(record.actions()).containsExactly(DossierAction.RECORD_PAYMENT);
        assertThat(record.commandType()).isEqualTo(DossierCommand.RecordPayment.class);
        assertThat(assign.actions()).containsExactly(DossierAction.ASSIGN);
        assertThat(assign.commandType()).isEqualTo(DossierCommand.Assign.class);
    }

    @Test
    void onlyTheUnitHandlingTheDossierRequiresAPayment() {
        Dossier d = atStep(2);
        assertThatCode(() -> require.check(checking(d, SPECIALIST, DossierAction.REQUIRE_PAYMENT, NOW)))
                .doesNotThrowAnyException();
        refused(() -> require.check(checking(d, RECEPTIONIST, DossierAction.REQUIRE_PAYMENT, NOW)),
                "dossier.unit.notYours");
    }

    @Test
    void theRequirementIsOnTheTrackingSheetWithItsDescription() {
        Dossier d = atStep(3);
        var command = new DossierCommand.RequirePayment(500_000, " Lệ phí cấp giấy phép ");
        var applied = require.apply(applying(d, LEADER, DossierAction.REQUIRE_PAYMENT,
                DossierStatus.FINANCIAL_OBLIGATION, NOW), command);
        assertThat(applied).isSameAs(command);
        assertThat(d.currentStep).isEqualTo(3);
        assertThat(d.tracking).containsExactly(new TrackingEntry(1, DossierAction.REQUIRE_PAYMENT,
                DossierStatus.FINANCIAL_OBLIGATION, "Phê duyệt", "minh.tq", "Trần Quang Minh", COMPETENT, null,
                COMPETENT, NOW, null, null, "Lệ phí cấp giấy phép"));
    }

    @Test
    void thePaymentIsOnTheTrackingSheetInThePlatformsName() {
        Dossier d = atStep(2);
        d.status = DossierStatus.FINANCIAL_OBLIGATION;
        var command = new DossierCommand.RecordPayment("Mã giao dịch 8812");
        var applied = record.apply(applying(d, PAYMENT_PLATFORM, DossierAction.RECORD_PAYMENT,
                DossierStatus.PROCESSING, NOW), command);
        assertThat(applied).isSameAs(command);
        assertThat(d.tracking).containsExactly(new TrackingEntry(1, DossierAction.RECORD_PAYMENT,
                DossierStatus.PROCESSING, "Thẩm định", "payment-platform", "Nền tảng thanh toán quốc gia", null, null,
                COMPETENT, NOW, null, null, "Mã giao dịch 8812"));
    }

    @Test
    void onlyTheUnitHoldingTheStepAssignsIt() {
        Dossier d = atStep(3);
        assertThatCode(() -> assign.check(checking(d, LEADER, DossierAction.ASSIGN, NOW))).doesNotThrowAnyException();
        refused(() -> assign.check(checking(d, RECEPTIONIST, DossierAction.ASSIGN, NOW)), "dossier.unit.notYours");
    }

    @ParameterizedTest(name = "assignee \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "  "})
    void theStepGoesToSomeone(String assignee) {
        Dossier d = atStep(3);
        var problem = invalid(() -> assign.apply(applying(d, LEADER, DossierAction.ASSIGN, DossierStatus.PROCESSING,
                NOW), new DossierCommand.Assign(assignee)), "assignee", "dossier.assign.notEligible");
        assertThat(problem.arguments()).containsExactly(assignee == null ? "" : assignee, "Phê duyệt");
        assertThat(d.currentAssignee).isNull();
        assertThat(d.tracking).isEmpty();
    }
}
