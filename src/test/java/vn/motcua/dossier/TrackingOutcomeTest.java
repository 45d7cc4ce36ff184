package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a step finished against its deadline, from the rule: before the deadline's day is early, on that
 * day up to the deadline itself is on time, a minute after it is late.
 */
class TrackingOutcomeTest {

    @ParameterizedTest(name = "finished {0}, due {1}: {2}")
    @CsvSource({
        "2026-03-02T16:59, 2026-03-03T10:00, EARLY",
        "2026-03-03T07:00, 2026-03-03T10:00, ON_TIME",
        "2026-03-03T10:00, 2026-03-03T10:00, ON_TIME",
        "2026-03-03T10:01, 2026-03-03T10:00, LATE",
        "2026-03-04T08:00, 2026-03-03T10:00, LATE",
        "2026-02-27T09:00, 2026-03-03T10:00, EARLY",
    })
    void outcome(LocalDateTime finished, LocalDateTime deadline, TrackingEntry.Outcome expected) {
        assertThat(TrackingEntry.Outcome.of(finished, deadline)).isEqualTo(expected);
    }

    @Test
    void aLineSaysWhetherItWasTakenOnALeadersBehalfOrHandsSomeonesWorkOver() {
        LocalDateTime at = LocalDateTime.parse("2026-03-03T10:00");
        TrackingEntry own = new TrackingEntry(3, DossierAction.COMPLETE_STEP, DossierStatus.PROCESSING, "Phê duyệt",
                "lanhdao.tuphap", "Lò Văn Lãnh", "000.00.02.H18", null, "000.00.02.H18", at, at, null, null);
        TrackingEntry deputy = new TrackingEntry(3, DossierAction.COMPLETE_STEP, DossierStatus.PROCESSING, "Phê duyệt",
                "phophong.tuphap", "Cà Thị Phó", "000.00.02.H18", null, "000.00.02.H18", at, at, null, null,
                "lanhdao.tuphap", "Lò Văn Lãnh", null, null);
        TrackingEntry handedOver = new TrackingEntry(4, DossierAction.ASSIGN, DossierStatus.PROCESSING, "Thẩm định",
                "admin", "Quản trị", "000.00.02.H18", "chuyenvien2.tuphap", "000.00.02.H18", at, at, null, null, null,
                null, "chuyenvien.tuphap", "Lường Văn Viên");

        assertThat(own.onBehalf()).isFalse();
        assertThat(own.handOver()).isFalse();
        assertThat(deputy.onBehalf()).isTrue();
        assertThat(deputy.handOver()).isFalse();
        assertThat(handedOver.handOver()).isTrue();
        assertThat(handedOver.onBehalf()).isFalse();
    }
}
