package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * MaXacThuc as docs/payment-platform.md defines it; the expected digests were computed apart, with
 * Python's hashlib over the same text.
 */
class PlatformSignatureTest {

    private static final String SECRET = "motcua-demo-secret";

    private final PlatformMessages.Result callback = new PlatformMessages.Result("MOTCUA-DEMO", "MC0000000001", "GD1",
            150_000, "00", "970436", "NGUYEN VAN A", "20261205103000", null);

    @Test
    void aCallbackIsSignedOverItsFieldsInOrderThenTheSecret() {
        assertThat(PlatformSignature.sign(callback.signed(), SECRET))
                .isEqualTo("3778bb648cba13407e18eae87fbe7eb4fe311d6d463d13c17147834de409ec30");
    }

    @Test
    void anAbsentFieldIsWrittenAsNothing() {
        assertThat(PlatformSignature.sign(Arrays.asList("a", null, "c"), "k"))
                .isEqualTo("2f056846d54e1020b7ec179118aa7893d42d8c537a058cb3e83d5e6420cc6670");
    }

    @Test
    void anyChangedFieldOrSecretBreaksTheSignature() {
        String signature = PlatformSignature.sign(callback.signed(), SECRET);
        assertThat(PlatformSignature.matches(callback.signed(), SECRET, signature)).isTrue();
        assertThat(PlatformSignature.matches(callback.signed(), SECRET, signature.toUpperCase())).isTrue();
        assertThat(PlatformSignature.matches(callback.withAmount(150_001).signed(), SECRET, signature)).isFalse();
        assertThat(PlatformSignature.matches(callback.withStatus("01").signed(), SECRET, signature)).isFalse();
        assertThat(PlatformSignature.matches(callback.signed(), "other", signature)).isFalse();
        assertThat(PlatformSignature.matches(callback.signed(), SECRET, null)).isFalse();
    }

    @Test
    void theReceiptBlockIsSignedAfterTheOrderFieldsFeeByFee() {
        PlatformMessages.Init order = new PlatformMessages.Init("INIT", "P", "MC1", 150_000, "PAY", "WEB", "WEB", "vi-VN",
                "VND", "", "Nop phi", "20261205103000", "127.0.0.1", "http://r", "http://c",
                new PlatformMessages.Receipt("DVC", "1.013859", "U", "H", "3711", "970415",
                        List.of(new PlatformMessages.FeeLine("Phí", 100_000), new PlatformMessages.FeeLine("Lệ phí", 50_000))),
                null);
        assertThat(order.signed()).containsExactly("INIT", "P", "MC1", "150000", "PAY", "WEB", "WEB", "vi-VN", "VND", "",
                "Nop phi", "20261205103000", "127.0.0.1", "http://r", "http://c", "DVC", "1.013859", "U", "H", "3711",
                "970415", "Phí", "100000", "Lệ phí", "50000");
    }

    @Test
    void onTheWireTheFieldsHaveThePlatformsNames() {
        String json = JsonMapper.builder().build().writeValueAsString(new PlatformMessages.SettlementLine("MC1",
                "H", 150_000, "3711", "970415", "20261205103000", "00"));
        assertThat(json).isEqualTo("{\"MaThamChieu\":\"MC1\",\"MaHoSo\":\"H\",\"SoTien\":150000,\"TKThuHuong\":\"3711\","
                + "\"MaNHThuHuong\":\"970415\",\"ThoiGianGD\":\"20261205103000\",\"TrangThai\":\"00\"}");
        PlatformMessages.Result read = JsonMapper.builder().build().readValue("{\"MaDoiTac\":\"P\",\"MaThamChieu\":\"MC1\","
                + "\"SoTien\":5,\"TrangThai\":\"00\",\"MaXacThuc\":\"x\",\"Khac\":1}", PlatformMessages.Result.class);
        assertThat(read.maDoiTac()).isEqualTo("P");
        assertThat(read.soTien()).isEqualTo(5);
        assertThat(read.maXacThuc()).isEqualTo("x");
    }
}
