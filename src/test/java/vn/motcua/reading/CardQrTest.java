package vn.motcua.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ID card's QR text as DOCUMENTS.md gives it, for both card generations, 6 and 7 fields, and text that is
 * malformed: each bad field is left out with its problem, never guessed; the rest is kept.
 */
class CardQrTest {

    @Test
    void theSevenFieldsOfThe2021CardAreReadExactly() {
        CardQr.Parsed p = CardQr.parse("001090012345|012345678|Nguyễn Văn An|01021990|Nam|Số 12 phố Hàng Bạc, Hoàn Kiếm, Hà Nội|15062021");
        assertThat(p.problems()).isEmpty();
        assertThat(p.data()).isEqualTo(new CardData("001090012345", "012345678", "Nguyễn Văn An",
                LocalDate.of(1990, 2, 1), "Nam", "Số 12 phố Hàng Bạc, Hoàn Kiếm, Hà Nội", LocalDate.of(2021, 6, 15)));
    }

    @Test
    void anEmptyOldIdIsNoneAndNotAProblem() {
        CardQr.Parsed p = CardQr.parse("079301001234||Trần Thị Bình|05112001|Nữ|Phường Bến Nghé, TP Hồ Chí Minh|20082022");
        assertThat(p.problems()).isEmpty();
        assertThat(p.data().oldIdNumber()).isNull();
        assertThat(p.data().sex()).isEqualTo("Nữ");
        assertThat(p.data().birthDate()).isEqualTo(LocalDate.of(2001, 11, 5));
    }

    @Test
    void sixFieldsWithoutTheOldIdAreToldByTheDateInTheThirdField() {
        CardQr.Parsed p = CardQr.parse("011090001234|Lò Văn Páo|12031990|Nam|Bản Him Lam, tỉnh Điện Biên|01072024");
        assertThat(p.problems()).isEmpty();
        assertThat(p.data()).isEqualTo(new CardData("011090001234", null, "Lò Văn Páo", LocalDate.of(1990, 3, 12),
                "Nam", "Bản Him Lam, tỉnh Điện Biên", LocalDate.of(2024, 7, 1)));
    }

    @Test
    void sixFieldsWithoutTheIssueDateKeepTheOldId() {
        CardQr.Parsed p = CardQr.parse("011090001234|123456789|Lò Văn Páo|12031990|Nam|Bản Him Lam");
        assertThat(p.problems()).isEmpty();
        assertThat(p.data().oldIdNumber()).isEqualTo("123456789");
        assertThat(p.data().issuedOn()).isNull();
        assertThat(p.data().address()).isEqualTo("Bản Him Lam");
    }

    @Test
    void theLonger2024CardKeepsItsFirstSevenFieldsAndIgnoresTheRest() {
        CardQr.Parsed p = CardQr.parse("001205000123||Phạm Minh Khôi|30092005|Nam|Phường Ba Đình, Hà Nội|01072024"
                + "|Hà Nội|Phạm Văn Cha|Lê Thị Mẹ|");
        assertThat(p.problems()).isEmpty();
        assertThat(p.data().fullName()).isEqualTo("Phạm Minh Khôi");
        assertThat(p.data().issuedOn()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void decomposedAccentsAndSurroundingSpacesReadAsTheUsualText() {
        String nfd = java.text.Normalizer.normalize("Nữ", java.text.Normalizer.Form.NFD);
        CardQr.Parsed p = CardQr.parse("\uFEFF 001190012345 ||Đỗ Thị Hà |01021990| " + nfd + " |Hà Nội|01012022\r\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.data().sex()).isEqualTo("Nữ");
        assertThat(p.data().idNumber()).isEqualTo("001190012345");
        assertThat(p.data().fullName()).isEqualTo("Đỗ Thị Hà");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
        "00109001234||Nguyễn Văn An|01021990|Nam|Hà Nội|01012021; reading.qr.idNumber",
        "001090012345|12345|Nguyễn Văn An|01021990|Nam|Hà Nội|01012021; reading.qr.oldId",
        "001090012345||   |01021990|Nam|Hà Nội|01012021; reading.qr.name",
        "001090012345||Nguyễn Văn An|31021990|Nam|Hà Nội|01012021; reading.qr.birthDate",
        "001090012345||Nguyễn Văn An|1990-02-01|Nam|Hà Nội|01012021; reading.qr.birthDate",
        "001090012345||Nguyễn Văn An|01021990|Male|Hà Nội|01012021; reading.qr.sex",
        "001090012345||Nguyễn Văn An|01021990|Nam||01012021; reading.qr.address",
        "001090012345||Nguyễn Văn An|01021990|Nam|Hà Nội|2021; reading.qr.issuedOn",
    })
    void aMalformedFieldIsLeftOutWithItsProblemAndTheOthersAreKept(String text, String problem) {
        CardQr.Parsed p = CardQr.parse(text);
        assertThat(p.problems()).containsExactly(problem);
        assertThat(p.data().sex() != null || problem.equals("reading.qr.sex")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "001090012345||Nguyễn Văn An|01021985|Nam|Hà Nội|01012021",
        "001090012345||Nguyễn Thị An|01021990|Nữ|Hà Nội|01012021",
        "001290012345||Nguyễn Văn An|01021990|Nam|Hà Nội|01012021",
    })
    void aNumberThatDisagreesWithTheBirthYearOrSexIsFlagged(String text) {
        assertThat(CardQr.parse(text).problems()).containsExactly("reading.idNumber.mismatch");
    }

    @Test
    void aNumberOfThe2000sAgreesWithItsCenturyDigit() {
        assertThat(CardQr.parse("001305012345||Lê Thị Mai|01022005|Nữ|Hà Nội|01012021").problems()).isEmpty();
    }

    @Test
    void textThatIsNoCardCodeGivesNothing() {
        for (String text : List.of("", "https://dichvucong.gov.vn", "a|b|c|d|e", "||||")) {
            CardQr.Parsed p = CardQr.parse(text);
            assertThat(p.data()).as(text).isEqualTo(CardData.none());
            assertThat(p.problems()).as(text).containsExactly("reading.qr.notCard");
        }
        assertThat(CardQr.parse("1|".repeat(1500)).problems()).containsExactly("reading.qr.tooLong");
        assertThat(CardQr.parse(null).problems()).containsExactly("reading.qr.notCard");
    }
}
