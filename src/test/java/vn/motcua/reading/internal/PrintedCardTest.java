package vn.motcua.reading.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.reading.CardData;

/** The printed fields found in OCR text as Tesseract gives it: labels with lost accents, values on the next line. */
class PrintedCardTest {

    @Test
    void fieldsAreFoundByTheirLabelsEvenWithAccentsLost() {
        String text = """
                CONG HOA XA HOI CHU NGHIA VIET NAM
                So / No.: 001 090 012 345
                Ho va ten / Full name:
                NGUYỄN VĂN AN
                Ngay sinh / Date of birth: 01/02/1990
                Gioi tinh / Sex: Nữ   Quốc tịch / Nationality: Việt Nam
                Nơi thường trú / Place of residence: Số 12, phố Hàng Bạc,
                phường Hoàn Kiếm, Hà Nội
                Có giá trị đến / Date of expiry: 01/02/2040
                """;
        assertThat(PrintedCard.parse(text)).isEqualTo(new CardData("001090012345", null, "NGUYỄN VĂN AN",
                LocalDate.of(1990, 2, 1), "Nữ", "Số 12, phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội", null));
    }

    @Test
    void aValueThatDoesNotLookRightIsLeftOut() {
        String text = """
                Số / No.: 0010900
                Họ và tên / Full name: 12
                Ngày sinh / Date of birth: 31/02/1990
                Giới tính / Sex: Male
                """;
        assertThat(PrintedCard.parse(text)).isEqualTo(CardData.none());
    }
}
