package vn.motcua.reading;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.platform.UserInputException;
import vn.motcua.reading.internal.PrintedCard;
import vn.motcua.reading.internal.QrDecoder;
import vn.motcua.reading.internal.ScanImages;
import vn.motcua.reading.internal.TesseractCli;

/**
 * Reads an ID card (đọc thẻ căn cước) from a scan or a photo of it: its QR code first (exact), else its
 * printed fields by OCR. Nothing of the card is stored: the officer confirms what was read into the form.
 */
@Service
public class CardReader {

    /** The largest card image accepted: a phone photo is 2–6 MB. */
    public static final int MAX_MEGABYTES = 10;

    private final TesseractCli tesseract;

    CardReader(TesseractCli tesseract) {
        this.tesseract = tesseract;
    }

    /** Whether OCR works here (the QR does without it). */
    public OcrStatus ocrStatus() {
        return tesseract.status();
    }

    /**
     * What the card says, from its QR when it has one that decodes, else from OCR of its printed fields.
     *
     * @param field the form field a refusal belongs next to
     * @throws UserInputException when nothing was sent, the file is larger than {@link #MAX_MEGABYTES}, or is
     *     not an image or PDF that can be decoded (a damaged file, more than 40 megapixels)
     */
    public CardReading read(String field, byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserInputException(field, "reading.card.missing");
        }
        if (content.length > MAX_MEGABYTES * 1024L * 1024L) {
            throw new UserInputException(field, "reading.card.tooLarge", MAX_MEGABYTES);
        }
        BufferedImage card;
        try {
            card = ScanImages.pages(content, 1).getFirst();
        } catch (ScanImages.UnreadableScanException e) {
            throw new UserInputException(field, e.messageKey());
        }
        return read(card);
    }

    private CardReading read(BufferedImage card) {
        List<String> problems = new ArrayList<>();
        Optional<String> qr = QrDecoder.decode(card);
        if (qr.isPresent()) {
            CardQr.Parsed parsed = CardQr.parse(qr.get());
            problems.addAll(parsed.problems());
            if (parsed.data().idNumber() != null) {
                return new CardReading(CardSource.QR, parsed.data(), problems);
            }
        } else {
            problems.add("reading.qr.none");
        }
        return fromPrintedFields(card, problems);
    }

    private CardReading fromPrintedFields(BufferedImage card, List<String> problems) {
        if (!tesseract.status().available()) {
            problems.add("reading.ocr.missing");
            return new CardReading(CardSource.NONE, CardData.none(), problems);
        }
        try {
            CardData data = PrintedCard.parse(tesseract.read(card, TesseractCli.Layout.SPARSE));
            if (data.isEmpty()) {
                problems.add("reading.ocr.nothing");
                return new CardReading(CardSource.NONE, data, problems);
            }
            IdNumbers.check(data, problems);
            return new CardReading(CardSource.OCR, data, problems);
        } catch (TesseractCli.OcrException e) {
            problems.add("reading.ocr.failed");
            return new CardReading(CardSource.NONE, CardData.none(), problems);
        }
    }
}
