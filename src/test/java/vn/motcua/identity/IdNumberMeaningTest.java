package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.identity.IdNumberMeaning.Mismatch;
import vn.motcua.identity.IdNumberMeaning.Sex;

/** What the 12 digits say (DOCUMENTS.md), and what disagrees with a date of birth and sex typed beside them. */
class IdNumberMeaningTest {

    @ParameterizedTest(name = "{0}: province {1}, {2}, born {3}")
    @CsvSource(delimiter = '|', textBlock = """
            011090001234 | 011 | MALE   | 1990
            011195004321 | 011 | FEMALE | 1995
            001203000777 | 001 | MALE   | 2003
            079324123456 | 079 | FEMALE | 2024
            096400000001 | 096 | MALE   | 2100
            036599000001 | 036 | FEMALE | 2199
            """)
    void digitsOneToSixSayProvinceCenturySexAndYear(String id, String province, Sex sex, int year) {
        assertThat(IdNumberMeaning.of(id)).contains(new IdNumberMeaning(province, sex, year));
    }

    @ParameterizedTest(name = "\"{0}\" says nothing")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL
            ''
            01109000123
            0110900012345
            01109000123A
            003090001234
            000000000000
            """)
    void onlyTwelveDigitsStartingWithAProvinceCodeAreRead(String id) {
        assertThat(IdNumberMeaning.of(id)).isEmpty();
    }

    @ParameterizedTest(name = "{0} against {1}, {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            011090001234 | 1990-05-17 | MALE   | ''
            011090001234 | 1991-05-17 | MALE   | BIRTH_YEAR
            011090001234 | 1990-05-17 | FEMALE | SEX
            011090001234 | 2090-05-17 | FEMALE | BIRTH_YEAR SEX
            011195004321 | 1995-01-01 | FEMALE | ''
            011290004321 | 1990-01-01 | MALE   | BIRTH_YEAR
            011324000001 | 2024-02-29 | FEMALE | ''
            011324000001 | NULL       | NULL   | ''
            011324000001 | NULL       | MALE   | SEX
            """)
    void theNumberIsCheckedAgainstWhatWasTyped(String id, LocalDate born, Sex sex, String expected) {
        List<Mismatch> mismatches = expected.isBlank() ? List.of()
                : java.util.Arrays.stream(expected.split(" ")).map(Mismatch::valueOf).toList();
        assertThat(IdNumberMeaning.of(id).orElseThrow().against(born, sex)).isEqualTo(mismatches);
    }
}
