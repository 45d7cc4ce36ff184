package vn.motcua.index;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.index.FeedbackFacts.Outcome.ANSWERED;
import static vn.motcua.index.FeedbackFacts.Outcome.ASKED_FOR_INFORMATION;
import static vn.motcua.index.FeedbackFacts.Outcome.REFUSED;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.calendar.WorkingCalendar;

/**
 * Feedback items in March 2026. An item received Monday 2 March is due: refused by Wed 4 (2
 * working days), more information asked by Mon 9 (5), answered by Mon 23 (15). Expected
 * "6.1 6.2" tallies; "-" means not counted.
 */
class FeedbackClassificationTest {

    private static final Period MARCH = new Period(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
    private static final String RECEIVED = "2026-03-02T09:00";

    private final ServiceIndex index = new ServiceIndex(IndexSettings.defaults(), WorkingCalendar.standard());

    static Stream<Arguments> feedback() {
        return Stream.of(
            // answered Fri 20; publish by 24 (23, 24)
            Arguments.of("answered and published in time", "2026-03-25T10:00",
                item(RECEIVED, ANSWERED, "2026-03-20T09:00", "2026-03-24T09:00", false, false), "1/1 1/1"),
            Arguments.of("answered after its 15 days", "2026-03-25T10:00",
                item(RECEIVED, ANSWERED, "2026-03-24T09:00", "2026-03-24T10:00", false, false), "0/1 0/1"),
            Arguments.of("answer published on the third day", "2026-03-26T10:00",
                item(RECEIVED, ANSWERED, "2026-03-20T09:00", "2026-03-25T09:00", false, false), "0/1 0/1"),
            Arguments.of("answer not published yet, still in time", "2026-03-23T10:00",
                item(RECEIVED, ANSWERED, "2026-03-20T09:00", null, false, false), "1/1 1/1"),
            Arguments.of("answer never published, days passed", "2026-03-25T10:00",
                item(RECEIVED, ANSWERED, "2026-03-20T09:00", null, false, false), "0/1 0/1"),
            Arguments.of("refused on the second day", "2026-03-25T10:00",
                item(RECEIVED, REFUSED, "2026-03-04T16:00", null, false, false), "1/1 1/1"),
            Arguments.of("refused on the third day", "2026-03-25T10:00",
                item(RECEIVED, REFUSED, "2026-03-05T08:00", null, false, false), "0/1 0/1"),
            Arguments.of("more information asked on the fifth day", "2026-03-25T10:00",
                item(RECEIVED, ASKED_FOR_INFORMATION, "2026-03-09T08:00", null, false, false), "1/1 1/1"),
            Arguments.of("open past its 15 days", "2026-03-25T10:00",
                item(RECEIVED, null, null, null, false, false), "0/1 0/1"),
            // received Tue 10 → due Tue 31
            Arguments.of("open, still within its days", "2026-03-25T10:00",
                item("2026-03-10T09:00", null, null, null, false, false), "- -"),
            Arguments.of("open when March closed, due on its last day", "2026-04-02T10:00",
                item("2026-03-10T09:00", null, null, null, false, false), "0/1 0/1"),
            Arguments.of("on time, sender dissatisfied", "2026-03-25T10:00",
                item(RECEIVED, ANSWERED, "2026-03-20T09:00", "2026-03-23T09:00", true, false), "1/1 0/1"),
            Arguments.of("on time, sender filed it again", "2026-03-25T10:00",
                item(RECEIVED, ANSWERED, "2026-03-20T09:00", "2026-03-23T09:00", false, true), "1/1 0/1"),
            // received Tue 10 Feb, refused Wed 11: due Thu 12 Feb, not in March
            Arguments.of("received in February, refused there", "2026-03-25T10:00",
                item("2026-02-10T09:00", REFUSED, "2026-02-11T09:00", null, false, false), "- -"));
    }

    @ParameterizedTest(name = "{0} → {3}")
    @MethodSource
    void feedback(String name, String now, FeedbackFacts item, String expected) {
        Tallies tallies = index.classify(item, MARCH, LocalDateTime.parse(now));
        assertThat(show(tallies.get(Criterion.FEEDBACK_ON_TIME)) + " " + show(tallies.get(Criterion.FEEDBACK_SATISFACTION)))
                .isEqualTo(expected);
    }

    @Test
    void aUnitWithoutFeedbackGetsFullPoints() {
        IndexReport report = index.report("000.00.12.H56", MARCH, Tallies.empty());

        assertThat(report.criterion(Criterion.FEEDBACK_ON_TIME).score()).isEqualByComparingTo("6.00");
        assertThat(report.criterion(Criterion.FEEDBACK_SATISFACTION).score()).isEqualByComparingTo("6.00");
    }

    private static FeedbackFacts item(String received, FeedbackFacts.Outcome outcome, String outcomeAt, String publishedAt,
                                      boolean dissatisfied, boolean refiled) {
        return new FeedbackFacts("PA-1", "000.00.12.H56", LocalDateTime.parse(received), outcome, time(outcomeAt),
                time(publishedAt), dissatisfied, refiled);
    }

    private static LocalDateTime time(String value) {
        return value == null ? null : LocalDateTime.parse(value);
    }

    private static String show(Tally tally) {
        return tally.isEmpty() ? "-" : tally.numerator() + "/" + tally.denominator();
    }
}
