package vn.motcua.platform;

import java.util.List;

/**
 * The one place for how much a client may send (README "Input limits"): text lengths, list sizes,
 * pages and amounts. A value past a limit is refused with a {@link UserInputException} (a 400 in the
 * user's language), never stored: a saved dossier stays cheap to show and to print.
 */
public final class InputLimits {

    /** Names of people, components, supplement items, files. */
    public static final int NAME = 200;
    /** Reasons of a refusal, a stop, a withdrawal, a send-back, an apology; remarks. */
    public static final int REASON = 2000;
    public static final int ADDRESS = 500;
    public static final int SEARCH_TERM = 200;
    /** Components of a dossier, supplement items requested, result files. */
    public static final int LIST = 50;
    public static final int FILES_PER_COMPONENT = 10;
    public static final int MAX_PAGE = 10_000;
    public static final int MAX_PAGE_SIZE = 100;
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

    /** Checks a one-line text and throws when it is refused. */
    public static void requireLine(String field, String value, int max) {
        line(new Problems(), field, value, max).throwIfAny();
    }

    /** A page number from 1 to {@link #MAX_PAGE} and a size from 1 to {@link #MAX_PAGE_SIZE}. */
    public static void requirePage(int page, int size) {
        new Problems().when(page < 1 || page > MAX_PAGE, "page", "limits.page", MAX_PAGE)
                .when(size < 1 || size > MAX_PAGE_SIZE, "size", "limits.size", MAX_PAGE_SIZE)
                .throwIfAny();
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
