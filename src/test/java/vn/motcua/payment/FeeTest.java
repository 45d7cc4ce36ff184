package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a dossier owes in all: the sum of its fees, nothing when it has none. */
class FeeTest {

    @Test
    void theTotalIsTheSumOfTheFees() {
        // Cấp thẻ công chứng viên: 100,000 đ at receipt, then 50,000 đ required; a free procedure owes nothing.
        assertThat(Fee.total(List.of(new Fee("Lệ phí", 100_000), new Fee("Lệ phí bổ sung", 50_000))))
                .isEqualTo(150_000);
        assertThat(Fee.total(List.of(new Fee("Lệ phí", 100_000)))).isEqualTo(100_000);
        assertThat(Fee.total(List.of())).isZero();
    }
}
