package vn.motcua.payment.internal.counter;

import java.util.regex.Pattern;
import vn.motcua.platform.Problems;

/**
 * The text of a VietQR transfer code (mã VietQR): an EMVCo merchant-presented QR payload as NAPAS
 * specifies it for a 24/7 inter-bank transfer to an account. Every field is ID, two-digit length,
 * value; the payer's banking app reads the beneficiary, the amount and the transfer content from it.
 *
 * <ul>
 * <li>00 payload format "01"; 01 point of initiation "12" (dynamic: this code is for one amount);</li>
 * <li>38 merchant account information: 00 NAPAS's GUID {@code A000000727}, 01 the beneficiary (00 the
 * bank's BIN, 01 the account number), 02 the service {@code QRIBFTTA} (transfer to an account);</li>
 * <li>53 currency 704 (VND), 54 amount, 58 country VN;</li>
 * <li>62 additional data: 08 purpose of transaction, the dossier code, which banking apps put in the
 * transfer's content, so the unit's statement names the dossier;</li>
 * <li>63 the CRC-16 of everything before it, "6304" included.</li>
 * </ul>
 */
public final class VietQr {

    static final int MAX_ACCOUNT = 19;
    static final int MAX_AMOUNT_DIGITS = 13;
    static final int MAX_REFERENCE = 25;

    private static final Pattern BIN = Pattern.compile("\\d{6}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Za-z]{1," + MAX_ACCOUNT + "}");
    /** EMVCo's "ans": printable ASCII, which every banking app can show. */
    private static final Pattern REFERENCE = Pattern.compile("[\\x20-\\x7E]{1," + MAX_REFERENCE + "}");
    private static final String NAPAS_GUID = "A000000727";
    private static final String TRANSFER_TO_ACCOUNT = "QRIBFTTA";

    private VietQr() {
    }

    /**
     * The payload for paying {@code amountVnd} into {@code accountNumber} at the bank {@code bankBin} with
     * {@code reference} as the transfer's content; refuses a value the format cannot carry.
     */
    public static String payload(String bankBin, String accountNumber, long amountVnd, String reference) {
        new Problems()
                .when(bankBin == null || !BIN.matcher(bankBin).matches(), "bankBin", "payment.vietqr.bin")
                .when(accountNumber == null || !ACCOUNT.matcher(accountNumber).matches(), "accountNumber",
                        "payment.vietqr.account", MAX_ACCOUNT)
                .when(amountVnd <= 0 || Long.toString(amountVnd).length() > MAX_AMOUNT_DIGITS, "amountVnd",
                        "payment.vietqr.amount", MAX_AMOUNT_DIGITS)
                .when(reference == null || !REFERENCE.matcher(reference).matches(), "reference",
                        "payment.vietqr.reference", MAX_REFERENCE)
                .throwIfAny();
        String beneficiary = field("00", bankBin) + field("01", accountNumber);
        String merchantAccount = field("00", NAPAS_GUID) + field("01", beneficiary) + field("02", TRANSFER_TO_ACCOUNT);
        String withoutCrc = field("00", "01") + field("01", "12") + field("38", merchantAccount)
                + field("53", "704") + field("54", Long.toString(amountVnd)) + field("58", "VN")
                + field("62", field("08", reference)) + "6304";
        return withoutCrc + Crc16.hex(withoutCrc);
    }

    /** ID, length in two digits, value; the limits above keep every value under 100 characters. */
    private static String field(String id, String value) {
        return id + String.format("%02d", value.length()) + value;
    }
}
