package vn.motcua.reading;

/** Where what was read on a card came from. */
public enum CardSource {
    /** The card's QR code: exact. */
    QR,
    /** The printed fields, read by OCR: to be checked against the card. */
    OCR,
    /** Nothing could be read. */
    NONE
}
