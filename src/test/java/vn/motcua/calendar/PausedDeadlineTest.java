package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 5 working days from Monday 2026-03-02 08:00 are due Monday 2026-03-09 08:00 without pauses. */
class PausedDeadlineTest {

    private static final LocalDateTime RECEIVED = LocalDateTime.parse("2026-03-02T08:00");

    private final WorkingCalendar calendar = WorkingCalendar.standard();

    @ParameterizedTest(name = "pause {0} – {1} adds {2}")
    @CsvSource({
        // Tue afternoon to Thu lunch: 3.5 h + 8 h + 4.5 h = two working days
        "2026-03-03T13:30, 2026-03-05T13:30, PT16H, 2026-03-11T08:00",
        // a weekend holds no working time
        "2026-03-07T08:00, 2026-03-08T20:00, PT0S, 2026-03-09T08:00",
        // a lunch break neither
        "2026-03-04T11:30, 2026-03-04T13:30, PT0S, 2026-03-09T08:00",
        // only the part after the start counts
        "2026-02-27T08:00, 2026-03-02T09:00, PT1H, 2026-03-09T09:00",
        // a pause running past the first due moment keeps extending it
        "2026-03-06T07:00, 2026-03-12T07:00, PT32H, 2026-03-13T08:00",
    })
    void pauseMovesTheDeadlineByItsWorkingTime(LocalDateTime from, LocalDateTime to, Duration added,
                                               LocalDateTime due) {
        Deadline deadline = calendar.deadline(RECEIVED, TimeAmount.workingDays(5), List.of(new Pause(from, to)));

        assertThat(deadline.due()).isEqualTo(due);
        assertThat(deadline.pauses()).containsExactly(new AppliedPause(new Pause(from, to), added));
    }

    @Test
    void overlappingPausesCountOnce() {
        List<Pause> pauses = List.of(
                new Pause(LocalDateTime.parse("2026-03-04T07:00"), LocalDateTime.parse("2026-03-04T17:00")),
                new Pause(LocalDateTime.parse("2026-03-03T07:00"), LocalDateTime.parse("2026-03-04T11:30")));

        Deadline deadline = calendar.deadline(RECEIVED, TimeAmount.workingDays(5), pauses);

        assertThat(deadline.due()).isEqualTo(LocalDateTime.parse("2026-03-11T08:00"));
        assertThat(deadline.pauses()).singleElement().extracting(AppliedPause::workingTime)
                .isEqualTo(Duration.ofHours(16));
    }

    @Test
    void pauseAfterTheDueMomentDoesNotRescueALateDossier() {
        Pause late = new Pause(LocalDateTime.parse("2026-03-10T08:00"), LocalDateTime.parse("2026-03-12T08:00"));

        Deadline deadline = calendar.deadline(RECEIVED, TimeAmount.workingDays(5), List.of(late));

        assertThat(deadline.due()).isEqualTo(LocalDateTime.parse("2026-03-09T08:00"));
        assertThat(deadline.pauses()).isEmpty();
    }

    @Test
    void rejectsPauseEndingBeforeItStarts() {
        assertThatThrownBy(() -> new Pause(LocalDateTime.parse("2026-03-04T10:00"), LocalDateTime.parse("2026-03-04T09:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
    }
}
