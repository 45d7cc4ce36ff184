package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.calendar.WorkingCalendar;

/**
 * The limits of INDEX-766.md 6.1 on the working calendar, in whole working days after the day the
 * step's time started. Received on Wednesday 29 April 2026: 30 April and 1 May are holidays, then a
 * weekend, so the first working day after it is Monday 4 May.
 */
class FeedbackDeadlinesTest {

    private final FeedbackDeadlines deadlines =
            new FeedbackDeadlines(WorkingCalendar.standard(), FeedbackLimits.DECISION_766);

    @ParameterizedTest(name = "{0}, time from {1}, answered {2}: last day {3}")
    @CsvSource({
        // refuse (or accept) within 2: Mon 4, Tue 5 May
        "RECEIVED, 2026-04-29, , 2026-05-05",
        // answer within 15: 4–8, 11–15, 18–22 May
        "ACCEPTED, 2026-04-29, , 2026-05-22",
        // the information came on Friday 8 May: 15 working days again, 11 May – 29 May
        "ACCEPTED, 2026-05-08, , 2026-05-29",
        // publish within 2 of the answer, Friday 15 May: Mon 18, Tue 19 May
        "ANSWERED, 2026-04-29, 2026-05-15, 2026-05-19",
        // received on Friday 24 April: Mon 27 is the substitute day off for Hùng Kings, so Tue 28, Wed 29
        "RECEIVED, 2026-04-24, , 2026-04-29",
    })
    void theCurrentStepsLastDay(FeedbackStatus status, LocalDate started, LocalDate answered, LocalDate due) {
        assertThat(deadlines.dueOn(status, started, answered)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}: nothing for the unit to do")
    @CsvSource({"AWAITING_INFORMATION", "REFUSED", "PUBLISHED"})
    void theSendersTurnAndFinishedItemsHaveNoLimit(FeedbackStatus status) {
        assertThat(deadlines.dueOn(status, LocalDate.parse("2026-04-29"), null)).isNull();
    }

    @ParameterizedTest(name = "asking, time from {0}: by {1}")
    @CsvSource({"2026-04-29, 2026-05-08", "2026-05-01, 2026-05-08", "2026-05-04, 2026-05-11"})
    void askingForMoreInformationWithinFiveWorkingDays(LocalDate started, LocalDate by) {
        assertThat(deadlines.askBy(started)).isEqualTo(by);
    }

    @ParameterizedTest(name = "last day {0}, today {1}: {2}")
    @CsvSource({
        // the next working day after Wednesday 29 April is Monday 4 May: a limit on 5 May is not near yet
        "2026-05-05, 2026-04-29, IN_TIME",
        "2026-05-05, 2026-05-01, IN_TIME",
        // the day before the last one
        "2026-05-05, 2026-05-04, NEAR",
        // the last day itself
        "2026-05-05, 2026-05-05, NEAR",
        // the day after: overdue
        "2026-05-05, 2026-05-06, OVERDUE",
        // a Friday limit seen on Thursday is near; the weekend does not make Monday's limit near on Thursday
        "2026-05-22, 2026-05-21, NEAR",
        "2026-05-25, 2026-05-21, IN_TIME",
        "2026-05-25, 2026-05-22, NEAR",
    })
    void urgency(LocalDate due, LocalDate today, Urgency urgency) {
        assertThat(deadlines.urgency(due, today)).isEqualTo(urgency);
    }

    @ParameterizedTest(name = "no limit: {0}")
    @CsvSource({"2026-05-05"})
    void noLimitIsNoUrgency(LocalDate today) {
        assertThat(deadlines.urgency(null, today)).isEqualTo(Urgency.NONE);
    }
}
