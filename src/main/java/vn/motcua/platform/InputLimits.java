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
    /** Titles: a procedure's name, field, agency and result document, a component's or a fee's name. */
    public static final int TITLE = 500;
    /** Addresses (of the applicant, for the result by post; a unit's postal address). */
    public static final int ADDRESS = 500;
    /** Phone numbers, e-mail addresses and ID numbers (CCCD, passport, tax code). */
    public static final int CONTACT = 100;
    /** Originals or copies of one component: a stack of papers a counter can take. */
    public static final int COPIES = 100;
    /** A time limit's value (working days, days or working hours): years of work, cheap to count. */
    public static final int MAX_DURATION = 1000;
    /** A form file (mẫu đơn, tờ khai) an administrator attaches to a procedure, in megabytes. */
    public static final int FORM_FILE_MEGABYTES = 10;
    /** A search term ({@code q}) or any other one-word query parameter. */
    public static final int SEARCH = 200;
    /** Long texts of the catalog: a procedure's steps, legal basis, notes. */
    public static final int LONG_TEXT = 20_000;
    /**
     * Any single value a client sends (a form field, a query parameter, a JSON string) whatever its
     * field: past it the request is refused before any handler reads it.
     */
    public static final int ANY_VALUE = LONG_TEXT;
    /** The last page number a list offers: far more than any list holds, small enough to compute with. */
    public static final int MAX_PAGE = 100_000;
    /** Rows per page of a list. */
    public static final int MAX_PAGE_SIZE = 100;

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

    /** A count from 0 to {@code max}. */
    public static Problems count(Problems problems, String field, long value, int max) {
        return problems.when(value < 0 || value > max, field, "limits.count", max);
    }

    /** An amount in đồng from 0 to {@link #MAX_AMOUNT_VND}. */
    public static void requireAmount(String field, long amountVnd) {
        new Problems().when(amountVnd < 0 || amountVnd > MAX_AMOUNT_VND, field, "limits.amount", MAX_AMOUNT_VND)
                .throwIfAny();
    }

    /** A page number from {@code first} (0 or 1, as the list counts) to {@link #MAX_PAGE}. */
    public static Problems page(Problems problems, String field, long page, int first) {
        return problems.when(page < first || page > MAX_PAGE, field, "limits.page", first, MAX_PAGE);
    }

    /** Rows per page from 1 to {@link #MAX_PAGE_SIZE}. */
    public static Problems pageSize(Problems problems, String field, long size) {
        return problems.when(size < 1 || size > MAX_PAGE_SIZE, field, "limits.pageSize", MAX_PAGE_SIZE);
    }

    /** Whether a text has a control character (NUL included); new lines and tabs are allowed when {@code multiline}. */
    public static boolean hasControl(String value, boolean multiline) {
        return value.chars().anyMatch(c -> Character.isISOControl(c)
                && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
    }

    private static Problems text(Problems problems, String field, String value, int max, boolean multiline) {
        if (value == null) {
            return problems;
        }
        return problems.when(value.length() > max, field, "limits.text.tooLong", max)
                .when(hasControl(value, multiline), field, "limits.text.control");
    }
}
