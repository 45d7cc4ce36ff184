package vn.motcua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.platform.UserInputException;

class ElectronicIdentifierTest {

    @ParameterizedTest
    @CsvSource({
        "000.00.12.H18, 000.00.12.H18",
        "' 000.00.00.h18 ', 000.00.00.H18",
        "H18, H18",
        "A01.000.00.00.00.00.00.00.00.00.01, A01.000.00.00.00.00.00.00.00.00.01"
    })
    void acceptsDotSeparatedGroupsOfDigitsAndCapitals(String input, String expected) {
        assertThat(ElectronicIdentifier.parse(input).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "000..12.H18", ".000.H18", "000.00.12.H18.", "000-00-12-H18", "000.00.12.Đ18",
        "000.00.00.00.00.00.00.00.00.00.00.00.H18"})
    void refusesAnythingElseWithAMessageForTheField(String input) {
        assertThatThrownBy(() -> ElectronicIdentifier.parse(input))
                .isInstanceOfSatisfying(UserInputException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("identifier"));
    }
}
