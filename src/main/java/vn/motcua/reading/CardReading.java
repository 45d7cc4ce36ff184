package vn.motcua.reading;

import java.util.List;

/**
 * What was read on a card, from where, and what went wrong on the way (message keys of the
 * {@code i18n/reading} bundle, e.g. a QR with a malformed date, or OCR not installed).
 */
public record CardReading(CardSource source, CardData data, List<String> problems) {

    public CardReading {
        problems = List.copyOf(problems);
    }
}
