package vn.motcua.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Đăng ký khai sinh              | dang ky khai sinh
            dang ky khai sinh              | dang ky khai sinh
            ĐĂNG KÝ KHAI SINH              | dang ky khai sinh
            đăng   ký, khai-sinh!          | dang ky khai sinh
            Cấp Phiếu lý lịch tư pháp      | cap phieu ly lich tu phap
            Thủ tục 1.001193               | thu tuc 1 001193
            """)
    void foldsCaseDiacriticsDAndPunctuation(String input, String folded) {
        assertThat(SearchText.fold(input)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource({"Đăng ký khai sinh", "Chứng thực bản sao từ bản chính", "Thường trú"})
    void decomposedAndComposedInputFoldAlike(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(SearchText.fold(nfd)).isEqualTo(SearchText.fold(nfc));
    }
}
