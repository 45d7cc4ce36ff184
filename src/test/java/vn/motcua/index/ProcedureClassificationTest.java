package vn.motcua.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.calendar.WorkingCalendar;

/**
 * Which procedure counts where. March 2026 judged on Friday 20 March at 10:00; April 2026 (Monday
 * 27 April is Hùng Kings Day) judged on 30 April. "-" means not counted.
 */
class ProcedureClassificationTest {

    private static final Period MARCH = new Period(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
    private static final Period APRIL = new Period(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30"));

    private final ServiceIndex index = new ServiceIndex(IndexSettings.defaults(), WorkingCalendar.standard());

    static Stream<Arguments> announcedOnTime() {
        return Stream.of(
            // effective Mon 16 Mar; 5 working days before: 13, 12, 11, 10, 9 → latest Mon 9 Mar
            Arguments.of("dated 9 Mar, basis in force 16 Mar", MARCH, announced("2026-03-09", "2026-03-16"), "1/1"),
            Arguments.of("dated 10 Mar, basis in force 16 Mar", MARCH, announced("2026-03-10", "2026-03-16"), "0/1"),
            Arguments.of("dated 16 Mar, the day it takes effect", MARCH, announced("2026-03-16", "2026-03-16"), "0/1"),
            Arguments.of("dated in February", MARCH, announced("2026-02-27", "2026-03-16"), "-"),
            Arguments.of("no effective date known", MARCH, announced("2026-03-09", null), "-"),
            // effective Wed 29 Apr; back: 28, (27 holiday), 24, 23, 22, 21 → latest Tue 21 Apr
            Arguments.of("dated 21 Apr, holiday skipped", APRIL, announced("2026-04-21", "2026-04-29"), "1/1"),
            Arguments.of("dated 22 Apr, holiday skipped", APRIL, announced("2026-04-22", "2026-04-29"), "0/1"));
    }

    @ParameterizedTest(name = "1.1: {0} → {3}")
    @MethodSource
    void announcedOnTime(String name, Period period, ProcedureFacts procedure, String expected) {
        assertThat(tally(Criterion.ANNOUNCED_ON_TIME, procedure, period)).isEqualTo(expected);
    }

    static Stream<Arguments> publishedOnTime() {
        return Stream.of(
            // decided Mon 2 Mar; 5 working days after: 3, 4, 5, 6, 9 → due Mon 9 Mar
            Arguments.of("published on its last day", published("2026-03-02", "2026-03-09"), "1/1"),
            Arguments.of("published a day late", published("2026-03-02", "2026-03-10"), "0/1"),
            Arguments.of("unpublished, last day passed", published("2026-03-02", null), "0/1"),
            // decided Mon 16 Mar → due Mon 23 Mar, after now
            Arguments.of("unpublished, still within its days", published("2026-03-16", null), "-"),
            Arguments.of("published early, due later this month", published("2026-03-16", "2026-03-18"), "1/1"),
            // decided Fri 13 Mar → due today, Fri 20 Mar: the day is not over
            Arguments.of("unpublished, its last day is today", published("2026-03-13", null), "-"),
            Arguments.of("published today, its last day", published("2026-03-13", "2026-03-20"), "1/1"),
            // decided Wed 25 Mar → due Wed 1 Apr
            Arguments.of("due in April", published("2026-03-25", null), "-"),
            // decided Tue 24 Feb → due 25, 26, 27, 2 Mar, 3 Mar
            Arguments.of("decided in February, due in March", published("2026-02-24", "2026-02-26"), "1/1"));
    }

    @ParameterizedTest(name = "1.2: {0} → {2}")
    @MethodSource
    void publishedOnTime(String name, ProcedureFacts procedure, String expected) {
        assertThat(tally(Criterion.PUBLISHED_ON_TIME, procedure, MARCH)).isEqualTo(expected);
    }

    static Stream<Arguments> inForce() {
        return Stream.of(
            Arguments.of("1.3 all seven parts", "1.3", procedure("2026-01-05", null, true, false, false, false, false, false), "1/1"),
            Arguments.of("1.3 a part missing", "1.3", procedure("2026-01-05", null, false, false, false, false, false, false), "0/1"),
            Arguments.of("1.3 not published", "1.3", procedure(null, null, true, false, false, false, false, false), "-"),
            Arguments.of("1.3 published after now", "1.3", procedure("2026-03-25", null, true, false, false, false, false, false), "-"),
            Arguments.of("1.3 retired in February", "1.3", procedure("2026-01-05", "2026-02-20", true, false, false, false, false, false), "-"),
            Arguments.of("1.3 retired in March", "1.3", procedure("2026-01-05", "2026-03-10", true, false, false, false, false, false), "1/1"),
            Arguments.of("4.2 fee, paid online", "4.2", procedure("2026-01-05", null, true, true, true, false, false, false), "1/1"),
            Arguments.of("4.2 fee, never paid online", "4.2", procedure("2026-01-05", null, true, true, false, true, false, false), "0/1"),
            Arguments.of("4.2 no fee", "4.2", procedure("2026-01-05", null, true, false, true, true, false, false), "-"),
            Arguments.of("4.3 fee, integrated", "4.3", procedure("2026-01-05", null, true, true, false, true, false, false), "1/1"),
            Arguments.of("4.3 fee, not integrated", "4.3", procedure("2026-01-05", null, true, true, true, false, false, false), "0/1"),
            Arguments.of("5.7 citizens, connected", "5.7", procedure("2026-01-05", null, true, false, false, false, true, true), "1/1"),
            Arguments.of("5.7 citizens, not connected", "5.7", procedure("2026-01-05", null, true, false, false, false, true, false), "0/1"),
            Arguments.of("5.7 not for citizens", "5.7", procedure("2026-01-05", null, true, false, false, false, false, true), "-"));
    }

    @ParameterizedTest(name = "{0} → {3}")
    @MethodSource
    void inForce(String name, String id, ProcedureFacts procedure, String expected) {
        assertThat(tally(Criterion.ofId(id), procedure, MARCH)).isEqualTo(expected);
    }

    private String tally(Criterion criterion, ProcedureFacts procedure, Period period) {
        LocalDateTime now = period == MARCH ? LocalDateTime.parse("2026-03-20T10:00") : LocalDateTime.parse("2026-04-30T10:00");
        Tally tally = index.classify(procedure, period, now).get(criterion);
        return tally.isEmpty() ? "-" : tally.numerator() + "/" + tally.denominator();
    }

    private static ProcedureFacts announced(String decided, String effective) {
        return new ProcedureFacts("1.001193", "000.00.12.H56", LocalDate.parse(decided), date(effective), null, null,
                true, false, false, false, false, false);
    }

    private static ProcedureFacts published(String decided, String published) {
        return new ProcedureFacts("1.001193", "000.00.12.H56", LocalDate.parse(decided), null, date(published), null,
                true, false, false, false, false, false);
    }

    private static ProcedureFacts procedure(String published, String retired, boolean sevenParts, boolean fee,
                                            boolean paidOnline, boolean integrated, boolean citizens, boolean connected) {
        return new ProcedureFacts("1.001193", "000.00.12.H56", LocalDate.parse("2025-12-15"), null, date(published),
                date(retired), sevenParts, fee, paidOnline, integrated, citizens, connected);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
