package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a published text hides: names the system knows or that follow a form of address, IDs, phones, e-mails. */
class PersonalDataMaskTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tôi là Trần Thị Mai, hồ sơ bị trễ.|Tôi là ***, hồ sơ bị trễ.",
        "tôi là TRẦN THỊ MAI|tôi là ***",
        "Liên hệ 0912345678 hoặc 0912 345 678 hoặc +84912345678.|Liên hệ *** hoặc *** hoặc ***.",
        "CCCD 001190012345, CMND 012345678.|CCCD ***, CMND ***.",
        "Gửi mai.tran@example.vn nhé|Gửi *** nhé",
        "Đề nghị ông Nguyễn Văn An trả lời|Đề nghị ông *** trả lời",
        "Bà Lê Thị Hoa đã nhận|Bà *** đã nhận",
        "Hồ sơ 000.00.02.H18-260429-0001 nộp ngày 29/04/2026, phí 100000 đồng.|Hồ sơ 000.00.02.H18-260429-0001 nộp ngày 29/04/2026, phí 100000 đồng.",
    })
    void hidesPersonalDataAndKeepsTheRest(String text, String published) {
        assertThat(PersonalDataMask.mask(text, List.of("Trần Thị Mai"))).isEqualTo(published);
    }
}
