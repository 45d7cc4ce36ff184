package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.motcua.dossier.internal.HandlerFixtures.*;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.SupplementItem;
import vn.motcua.dossier.TrackingEntry;

/**
 * Yêu cầu bổ sung (DOMAIN.md §4): reception asks while the dossier is new, the unit handling it afterwards;
 * everything missing at once; the clock pauses until the applicant answers; a second request is allowed,
 * and counted.
 */
class RequestSupplementHandlerTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 4, 10, 20);
    private static final List<SupplementItem> MISSING = List.of(
            new SupplementItem(" Bản sao sổ hộ khẩu ", " bản chụp mờ "),
            new SupplementItem("Giấy ủy quyền", "chưa có chữ ký"));

    private final RequestSupplementHandler handler = new RequestSupplementHandler();

    @Test
    void takesTheRequest() {
        assertThat(handler.actions()).containsExactly(DossierAction.REQUEST_SUPPLEMENT);
        assertThat(handler.commandType()).isEqualTo(DossierCommand.RequestSupplement.class);
    }

    @Test
    void whileNewTheReceivingUnitAsks() {
        Dossier d = newDossier();
        assertThatCode(() -> handler.check(checking(d, RECEPTIONIST, DossierAction.REQUEST_SUPPLEMENT, NOW)))
                .doesNotThrowAnyException();
        refused(() -> handler.check(checking(d, SPECIALIST, DossierAction.REQUEST_SUPPLEMENT, NOW)),
                "dossier.unit.notYours");
    }

    @Test
    void inProcessingTheUnitHoldingItAsks() {
        Dossier d = atStep(2);
        assertThatCode(() -> handler.check(checking(d, SPECIALIST, DossierAction.REQUEST_SUPPLEMENT, NOW)))
                .doesNotThrowAnyException();
        refused(() -> handler.check(checking(d, RECEPTIONIST, DossierAction.REQUEST_SUPPLEMENT, NOW)),
                "dossier.unit.notYours");
    }

    @Test
    void nothingListedIsNoRequest() {
        Dossier d = atStep(2);
        invalid(() -> handler.apply(applying(d, SPECIALIST, DossierAction.REQUEST_SUPPLEMENT,
                DossierStatus.SUPPLEMENT_REQUESTED, NOW), new DossierCommand.RequestSupplement(List.of())),
                "items", "dossier.supplement.items.required");
        assertThat(d.supplementCount).isZero();
    }

    @Test
    void theRequestPausesTheClockWhereTheDossierWas() {
        Dossier d = atStep(2);
        var command = new DossierCommand.RequestSupplement(MISSING);

        var applied = handler.apply(applying(d, SPECIALIST, DossierAction.REQUEST_SUPPLEMENT,
                DossierStatus.SUPPLEMENT_REQUESTED, NOW), command);

        assertThat(applied).isSameAs(command);
        assertThat(d.pausedFrom).isEqualTo(DossierStatus.PROCESSING);
        assertThat(d.currentDeadline).isNull();
        assertThat(d.currentStep).isEqualTo(2);
        assertThat(d.supplementCount).isEqualTo(1);
        assertThat(d.supplements).containsExactly(new DossierView.SupplementRound(1, NOW, "hung.pv",
                List.of(new SupplementItem("Bản sao sổ hộ khẩu", "bản chụp mờ"),
                        new SupplementItem("Giấy ủy quyền", "chưa có chữ ký")), null));
        assertThat(d.tracking).containsExactly(new TrackingEntry(1, DossierAction.REQUEST_SUPPLEMENT,
                DossierStatus.SUPPLEMENT_REQUESTED, "Thẩm định", "hung.pv", "Phạm Văn Hùng", COMPETENT, null,
                COMPETENT, NOW, null, null, "Bản sao sổ hộ khẩu: bản chụp mờ; Giấy ủy quyền: chưa có chữ ký"));
    }

    @Test
    void aRequestBeforeReceiptReturnsToReception() {
        Dossier d = newDossier();
        handler.apply(applying(d, RECEPTIONIST, DossierAction.REQUEST_SUPPLEMENT, DossierStatus.SUPPLEMENT_REQUESTED,
                NOW), new DossierCommand.RequestSupplement(MISSING));
        assertThat(d.pausedFrom).isEqualTo(DossierStatus.NEW);
        assertThat(d.tracking.getLast().stepName()).isNull();
        assertThat(d.tracking.getLast().toUnit()).isNull();
    }

    @Test
    void aSecondRequestIsTheSecondRound() {
        Dossier d = atStep(2);
        d.supplementCount = 1;
        d.supplements.add(new DossierView.SupplementRound(1, NOW.minusDays(1), "hung.pv", MISSING, NOW.minusHours(2)));
        handler.apply(applying(d, SPECIALIST, DossierAction.REQUEST_SUPPLEMENT, DossierStatus.SUPPLEMENT_REQUESTED,
                NOW), new DossierCommand.RequestSupplement(List.of(new SupplementItem("Tờ khai", "sai ngày sinh"))));
        assertThat(d.supplementCount).isEqualTo(2);
        assertThat(d.supplements).hasSize(2);
        assertThat(d.supplements.getLast().round()).isEqualTo(2);
        assertThat(d.view().flaggedForRepeatedSupplement()).isTrue();
    }
}
