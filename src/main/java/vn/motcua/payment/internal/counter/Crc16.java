package vn.motcua.payment.internal.counter;

import java.nio.charset.StandardCharsets;

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR): the
 * checksum EMVCo merchant-presented QR codes end with (ID 63), so a scanner rejects a misread code.
 */
final class Crc16 {

    private static final int POLYNOMIAL = 0x1021;
    private static final int INITIAL = 0xFFFF;

    private Crc16() {
    }

    /** The checksum of {@code text}'s UTF-8 bytes as four upper-case hexadecimal digits. */
    static String hex(String text) {
        int crc = INITIAL;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ POLYNOMIAL : crc << 1;
            }
        }
        return String.format("%04X", crc & 0xFFFF);
    }
}
