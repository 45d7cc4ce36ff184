package vn.motcua.reading;

import java.util.List;

/**
 * What a personal ID number says about its holder: digit 4 is the century and sex (1900s: male 0, female 1;
 * 2000s: 2/3; 2100s: 4/5…), digits 5–6 the last two digits of the birth year. A card whose number
 * disagrees with its own birth date or sex was misread (or is not genuine): the officer is told.
 */
final class IdNumbers {

    private IdNumbers() {
    }

    /** Adds {@code reading.idNumber.mismatch} when the number disagrees with the card's birth year or sex. */
    static void check(CardData card, List<String> problems) {
        if (card.idNumber() == null || card.idNumber().length() != 12) {
            return;
        }
        int code = card.idNumber().charAt(3) - '0';
        int yy = Integer.parseInt(card.idNumber().substring(4, 6));
        boolean yearDisagrees = card.birthDate() != null
                && card.birthDate().getYear() != 1900 + 100 * (code / 2) + yy;
        boolean sexDisagrees = card.sex() != null && card.sex().equals("Nam") != (code % 2 == 0);
        if (yearDisagrees || sexDisagrees) {
            problems.add("reading.idNumber.mismatch");
        }
    }
}
