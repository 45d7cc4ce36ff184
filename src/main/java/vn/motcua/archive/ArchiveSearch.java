package vn.motcua.archive;

import java.time.LocalDate;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * A search of the archive (tra cứu hồ sơ lưu trữ): every criterion optional, all given ones must match.
 *
 * @param code the dossier code, or its beginning
 * @param applicant the applicant's ID number, or part of their name (case and accents as typed)
 * @param procedureCode the national procedure code, exactly
 * @param unit a unit that received or handled it, by identifier
 * @param closedFrom closed on or after this day
 * @param closedTo closed on or before this day
 * @param page the page of results, from 1
 */
public record ArchiveSearch(String code, String applicant, String procedureCode, String unit, LocalDate closedFrom,
        LocalDate closedTo, int page) {

    /** Results per page. */
    public static final int PAGE_SIZE = 50;
    /** The longest a code, procedure or unit criterion may be. */
    public static final int CODE_LENGTH = 64;

    /** Refuses criteria past their limits, each with its field's message. */
    public void check() {
        Problems problems = new Problems();
        InputLimits.line(problems, "code", code, CODE_LENGTH);
        InputLimits.line(problems, "applicant", applicant, InputLimits.SEARCH);
        InputLimits.line(problems, "procedureCode", procedureCode, CODE_LENGTH);
        InputLimits.line(problems, "unit", unit, CODE_LENGTH);
        InputLimits.page(problems, "page", page, 1);
        problems.when(closedFrom != null && closedTo != null && closedTo.isBefore(closedFrom), "closedTo",
                "archive.search.rangeReversed");
        problems.throwIfAny();
    }
}
