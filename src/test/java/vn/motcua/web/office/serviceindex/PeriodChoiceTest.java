package vn.motcua.web.office.serviceindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

class PeriodChoiceTest {

    static final LocalDate TODAY = LocalDate.parse("2026-05-20");

    @ParameterizedTest(name = "{0} month={1} quarter={2} year={3} {4}–{5} → {6}–{7}")
    @CsvSource(nullValues = "-", value = {
        // nothing chosen: month to date
        "-,       -,       -, -,    -,          -,          2026-05-01, 2026-05-20, true",
        "month,   2026-05, -, -,    -,          -,          2026-05-01, 2026-05-20, true",
        "MONTH,   2026-02, -, -,    -,          -,          2026-02-01, 2026-02-28, false",
        "month,   2024-02, -, -,    -,          -,          2024-02-01, 2024-02-29, false",
        "quarter, -,       2, 2026, -,          -,          2026-04-01, 2026-05-20, true",
        "quarter, -,       4, 2025, -,          -,          2025-10-01, 2025-12-31, false",
        "quarter, -,       -, -,    -,          -,          2026-04-01, 2026-05-20, true",
        "year,    -,       -, 2025, -,          -,          2025-01-01, 2025-12-31, false",
        "year,    -,       -, 2026, -,          -,          2026-01-01, 2026-05-20, true",
        "range,   -,       -, -,    2026-03-15, 2026-04-10, 2026-03-15, 2026-04-10, false",
        "range,   -,       -, -,    2026-05-20, 2026-05-20, 2026-05-20, 2026-05-20, false"
    })
    void theFieldsOfTheChosenKindNameThePeriod(String period, String month, String quarter, String year, String from,
            String to, LocalDate first, LocalDate last, boolean toDate) {
        Problems problems = new Problems();
        PeriodChoice chosen = PeriodChoice.of(query(period, month, quarter, year, from, to), TODAY, problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(chosen.from()).isEqualTo(first);
        assertThat(chosen.to()).isEqualTo(last);
        assertThat(chosen.toDate()).isEqualTo(toDate);
        // the links name the same period again
        PeriodChoice again = PeriodChoice.of(query(chosen.parameters()), TODAY, new Problems());
        assertThat(again).isEqualTo(chosen);
    }

    @ParameterizedTest(name = "{0} month={1} quarter={2} year={3} {4}–{5} refused on {6}")
    @CsvSource(nullValues = "-", value = {
        "week,    -,       -, -,    -,          -,          period",
        "month,   2026-13, -, -,    -,          -,          month",
        "month,   2026-06, -, -,    -,          -,          month",
        "month,   1999-12, -, -,    -,          -,          month",
        "quarter, -,       5, 2026, -,          -,          quarter",
        "quarter, -,       3, 2026, -,          -,          quarter",
        "quarter, -,       1, abc,  -,          -,          year",
        "year,    -,       -, 2027, -,          -,          year",
        "year,    -,       -, 26,   -,          -,          year",
        "range,   -,       -, -,    -,          2026-04-10, from",
        "range,   -,       -, -,    2026-04-10, 2026-04-01, to",
        "range,   -,       -, -,    2026-02-30, 2026-04-01, from",
        "range,   -,       -, -,    2026-05-21, 2026-05-30, from"
    })
    void aPeriodThatIsNoneOrHasNotStartedIsRefusedOnItsFieldAndMonthToDateShown(String period, String month,
            String quarter, String year, String from, String to, String field) {
        Problems problems = new Problems();
        PeriodChoice chosen = PeriodChoice.of(query(period, month, quarter, year, from, to), TODAY, problems);
        assertThat(chosen).isEqualTo(PeriodChoice.monthToDate(TODAY));
        try {
            problems.throwIfAny();
            throw new AssertionError("refused nothing");
        } catch (UserInputException refused) {
            assertThat(refused.problems()).extracting(UserInputException.Problem::field).contains(field);
        }
    }

    private static IndexQuery query(String period, String month, String quarter, String year, String from, String to) {
        return new IndexQuery(null, period, month, quarter, year, from, to, null, null, null);
    }

    private static IndexQuery query(org.springframework.util.MultiValueMap<String, String> parameters) {
        return query(parameters.getFirst("period"), parameters.getFirst("month"), parameters.getFirst("quarter"),
                parameters.getFirst("year"), parameters.getFirst("from"), parameters.getFirst("to"));
    }

}
