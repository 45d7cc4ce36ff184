package vn.motcua.web.office;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.platform.UserInputException;
import vn.motcua.reading.CardData;
import vn.motcua.reading.CardReader;
import vn.motcua.reading.CardReading;
import vn.motcua.reading.OcrStatus;

/**
 * The counter reception's "scan the ID card" step: the card's QR code (else its printed fields, by OCR) fills
 * the applicant's ID number, name and address, and the form shows everything read and from where, for the
 * officer to check against the card and correct in the fields before receiving. Fields the card did not give
 * keep what was typed. The card's image is not kept.
 */
@Component
class CounterCardReading {

    static final String FIELD = "idCard";

    private final CardReader reader;

    CounterCardReading(CardReader reader) {
        this.reader = reader;
    }

    /** Whether OCR works here: the form says so when it does not (the QR still does). */
    OcrStatus ocrStatus() {
        return reader.ocrStatus();
    }

    /**
     * The form with what the card says; the model gets {@code cardReading}.
     *
     * @throws UserInputException under {@code idCard} when no image was sent or it cannot be read
     */
    ReceptionForm read(MultipartFile card, ReceptionForm form, Model model) {
        if (card == null || !StringUtils.hasText(card.getOriginalFilename()) || card.isEmpty()) {
            throw new UserInputException(FIELD, "reading.card.missing");
        }
        if (card.getSize() > CardReader.MAX_MEGABYTES * 1024L * 1024L) {
            throw new UserInputException(FIELD, "reading.card.tooLarge", CardReader.MAX_MEGABYTES);
        }
        CardReading reading = reader.read(FIELD, bytes(card));
        model.addAttribute("cardReading", reading);
        CardData read = reading.data();
        ReceptionForm.ApplicantFields typed = form.applicant();
        if (read.idNumber() == null && read.fullName() == null && read.address() == null) {
            return form;
        }
        return form.withApplicant(new ReceptionForm.ApplicantFields(ApplicantType.CITIZEN,
                first(read.idNumber(), typed.idNumber()), first(read.fullName(), typed.name()), typed.phone(),
                typed.email(), first(read.address(), typed.address())));
    }

    private static byte[] bytes(MultipartFile card) {
        try {
            return card.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String first(String read, String typed) {
        return read != null ? read : typed;
    }
}
