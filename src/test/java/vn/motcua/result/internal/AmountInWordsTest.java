package vn.motcua.result.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountInWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0             | Không đồng
            5             | Năm đồng
            10            | Mười đồng
            11            | Mười một đồng
            15            | Mười lăm đồng
            21            | Hai mươi mốt đồng
            25            | Hai mươi lăm đồng
            105           | Một trăm linh năm đồng
            110           | Một trăm mười đồng
            1000          | Một nghìn đồng
            1005          | Một nghìn không trăm linh năm đồng
            15000         | Mười lăm nghìn đồng
            50000         | Năm mươi nghìn đồng
            105000        | Một trăm linh năm nghìn đồng
            1000500       | Một triệu năm trăm đồng
            1000050       | Một triệu không trăm năm mươi đồng
            1250000       | Một triệu hai trăm năm mươi nghìn đồng
            21031000      | Hai mươi mốt triệu không trăm ba mươi mốt nghìn đồng
            1000000000    | Một tỷ đồng
            2000015000    | Hai tỷ không trăm mười lăm nghìn đồng
            1000000000000 | Một nghìn tỷ đồng
            1234567891011 | Một nghìn hai trăm ba mươi bốn tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn không trăm mười một đồng
            """)
    void readsAmountsTheWayReceiptsWriteThem(long vnd, String words) {
        assertThat(AmountInWords.of(vnd)).isEqualTo(words);
    }

    @Test
    void refusesANegativeAmount() {
        assertThatThrownBy(() -> AmountInWords.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
