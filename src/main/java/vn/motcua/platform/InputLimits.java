package vn.motcua.platform;

import java.util.List;

/**
 * The one place for how much a client may send (README "Input limits"): text lengths, list sizes
 * and amounts. A value past a limit is refused with a {@link UserInputException} (a 400 in the
 * user's language), never stored: a saved dossier stays cheap to show and to print.
 */
public final class InputLimits {

    /** Names of people, components, supplement items, files. */
    public static final int NAME = 200;
    /** Reasons of a refusal, a stop, a withdrawal, a send-back, an apology; remarks. */
    public static final int REASON = 2000;
    /** Components of a dossier, supplement items requested, result files. */
    public static final int LIST = 50;
    /** One trillion đồng: more than any fee of a public service. */
    public static final long MAX_AMOUNT_VND = 1_000_000_000_000L;

    private InputLimits() {
    }

    /** A one-line text: at most {@code max} characters, no control characters. */
    public static Problems line(Problems problems, String field, String value, int max) {
        return text(problems, field, value, max, false);
    }

    /** A multi-line text: as {@link #line} but new lines and tabs are allowed. */
    public static Problems multiline(Problems problems, String field, String value, int max) {
        return text(problems, field, value, max, true);
    }

    /** A list of at most {@code max} items, none of them null. */
    public static Problems list(Problems problems, String field, List<?> values, int max) {
        if (values == null) {
            return problems;
        }
        return problems.when(values.size() > max, field, "limits.list.tooLong", max)
                .when(values.stream().anyMatch(v -> v == null), field, "limits.list.nullItem");
    }

    /** An amount in đồng from 0 to {@link #MAX_AMOUNT_VND}. */
    public static void requireAmount(String field, long amountVnd) {
        new Problems().when(amountVnd < 0 || amountVnd > MAX_AMOUNT_VND, field, "limits.amount", MAX_AMOUNT_VND)
                .throwIfAny();
    }

    private static Problems text(Problems problems, String field, String value, int max, boolean multiline) {
        if (value == null) {
            return problems;
        }
        return problems.when(value.length() > max, field, "limits.text.tooLong", max)
                .when(hasControl(value, multiline), field, "limits.text.control");
    }

    private static boolean hasControl(String value, boolean multiline) {
        return value.chars().anyMatch(c -> Character.isISOControl(c)
                && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
    }
}
