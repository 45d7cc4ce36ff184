package vn.motcua.payment.internal.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.motcua.platform.UserInputException;

class VietQrTest {

    private static final String DOSSIER = "000.00.12.H18-251104-0007";

    @Test
    void crcIsCcittFalse() {
        // The catalogue check value of CRC-16/CCITT-FALSE.
        assertThat(Crc16.hex("123456789")).isEqualTo("29B1");
    }

    @Test
    void crcMatchesAPublishedVietQrCode() {
        // The example of github.com/subiz/vietqr's README: 120.000 đ to a VietinBank account, static code.
        String published = "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
                + "530370454061200005802VN62170813ung ho lu lut6304C15C";
        String body = published.substring(0, published.length() - 4);
        assertThat(Crc16.hex(body)).isEqualTo("C15C");
    }

    @Test
    void payloadCarriesEachFieldInOrder() {
        String payload = VietQr.payload("970415", "0011001932418", 50_000, DOSSIER);
        // Written field by field from the rules: ID, two-digit length, value.
        assertThat(payload).isEqualTo("000201" + "010212"
                + "3857" + "0010A000000727" + "0127" + "0006970415" + "01130011001932418" + "0208QRIBFTTA"
                + "5303704" + "540550000" + "5802VN"
                + "6229" + "0825" + DOSSIER
                + "6304" + "1A8C");
    }

    @Test
    void theCrcCoversEverythingBeforeIt() {
        String payload = VietQr.payload("970436", "1234567890", 1_250_000, "ABC-1");
        assertThat(payload).endsWith(Crc16.hex(payload.substring(0, payload.length() - 4)));
        assertThat(payload.substring(payload.length() - 8, payload.length() - 4)).isEqualTo("6304");
    }

    @Test
    void refusesWhatTheFormatCannotCarry() {
        assertThatThrownBy(() -> VietQr.payload("97041", "00110019324180011001", 0, DOSSIER + "X"))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::messageKey)
                        .containsExactly("payment.vietqr.bin", "payment.vietqr.account", "payment.vietqr.amount",
                                "payment.vietqr.reference"));
    }

    @Test
    void acceptsTheLongestValues() {
        String payload = VietQr.payload("970415", "1234567890123456789", 9_999_999_999_999L, DOSSIER);
        assertThat(payload).contains("01191234567890123456789", "54139999999999999");
    }

    @Test
    void refusesTenTrillionAndLettersOutsideAscii() {
        assertThatThrownBy(() -> VietQr.payload("970415", "123", 10_000_000_000_000L, "Lệ phí"))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::messageKey)
                        .containsExactly("payment.vietqr.amount", "payment.vietqr.reference"));
    }
}
