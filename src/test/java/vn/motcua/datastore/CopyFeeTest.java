package vn.motcua.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The fee of Circular 226/2016/TT-BTC, worked by hand. */
class CopyFeeTest {

    @Test
    void twoThousandAPageForTheFirstTwoPages() {
        assertThat(CopyFee.vnd(1)).isEqualTo(2_000);
        assertThat(CopyFee.vnd(2)).isEqualTo(4_000);
    }

    @Test
    void oneThousandAPageFromTheThird() {
        assertThat(CopyFee.vnd(3)).isEqualTo(5_000);
        assertThat(CopyFee.vnd(10)).isEqualTo(12_000);
    }

    @Test
    void atMostTwoHundredThousandACopy() {
        // 4,000 + 196 × 1,000 = 200,000: the cap is reached at 198 pages exactly
        assertThat(CopyFee.vnd(197)).isEqualTo(199_000);
        assertThat(CopyFee.vnd(198)).isEqualTo(200_000);
        assertThat(CopyFee.vnd(199)).isEqualTo(200_000);
        assertThat(CopyFee.vnd(5_000)).isEqualTo(200_000);
    }

    @Test
    void anOriginalHasPages() {
        assertThatThrownBy(() -> CopyFee.vnd(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
