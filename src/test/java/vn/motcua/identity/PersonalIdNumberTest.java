package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a personal ID number can say (DOCUMENTS.md): 12 digits, a real province code, a living century. */
class PersonalIdNumberTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "011090001234,   true,  Điện Biên; a man born in 1990",
        "001185004321,   true,  Hà Nội; a woman born in 1985",
        "079203009876,   true,  Hồ Chí Minh City; a man born in 2003",
        "096312000001,   true,  Cà Mau; a woman born in 2012",
        "' 011090001234 ', true, surrounding spaces are not part of it",
        "000000000000,   false, no province 000",
        "003090001234,   false, no province 003 (the codes skip it)",
        "097090001234,   false, no province past 096",
        "011490001234,   false, century digit 4: born in the 2100s",
        "011890001234,   false, century digit 8: born in the 1800s",
        "01109000123,    false, eleven digits",
        "0110900012345,  false, thirteen digits",
        "01109000123A,   false, a letter",
        "'0110 9000 1234', false, spaces inside are the form's to remove",
    })
    void isValidOnlyWhenItCanExist(String text, boolean valid, String why) {
        assertThat(PersonalIdNumber.isValid(text)).as(why).isEqualTo(valid);
    }

    @org.junit.jupiter.api.Test
    void nothingIsNotANumber() {
        assertThat(PersonalIdNumber.isValid(null)).isFalse();
    }
}
