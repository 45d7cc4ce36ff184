package vn.motcua.result;

import vn.motcua.result.internal.QrCode;

/**
 * QR codes for pages, drawn the way the papers draw them (ZXing's matrix, whole pixels per module), e.g.
 * the VietQR transfer code an officer shows at the counter.
 */
public final class QrImages {

    private QrImages() {
    }

    /** The QR code of {@code text} as a PNG data URI for an {@code <img>}. */
    public static String dataUri(String text) {
        return QrCode.dataUri(text);
    }
}
