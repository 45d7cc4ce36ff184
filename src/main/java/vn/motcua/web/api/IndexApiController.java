package vn.motcua.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.index.IndexQueries;
import vn.motcua.index.IndexReport;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.Problems;

/** The Decision 766 service index of a unit or of the province, public like the ranking it feeds. */
@RestController
@RequestMapping("/api/v1/index")
@Tag(name = "Index", description = "Chỉ số phục vụ người dân, doanh nghiệp (Decision 766)")
class IndexApiController {

    private final IndexQueries queries;
    private final ProvinceCalendar calendar;

    IndexApiController(IndexQueries queries, ProvinceCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    @GetMapping
    @Operation(summary = "The service index of a unit or of the province for a period",
            description = "Six groups, their criteria with max, score (two decimals), numerator, denominator and "
                    + "whether it is measured; total out of 100. 5.3, 6.1 and 6.2 are not measured yet (no "
                    + "electronic certified copies, no complaint handling): reported as 0/0 with measured=false, "
                    + "they score what the settings give an empty denominator (full points by default).")
    IndexReport index(
            @Parameter(description = "unit identifier, e.g. 000.00.02.H18; omitted = the whole province")
            @RequestParam(required = false) String unit,
            @Parameter(description = "first day, yyyy-MM-dd; default the first of the current month (Asia/Ho_Chi_Minh)")
            @RequestParam(required = false) String from,
            @Parameter(description = "last day, yyyy-MM-dd; default today (Asia/Ho_Chi_Minh)")
            @RequestParam(required = false) String to) {
        LocalDate today = calendar.now().toLocalDate();
        Problems problems = new Problems();
        LocalDate start = parse(from, "from", today.withDayOfMonth(1), problems);
        LocalDate end = parse(to, "to", today, problems);
        problems.when(start != null && end != null && end.isBefore(start), "to", "api.parameter.invalid", "to")
                .throwIfAny();
        return queries.report(unit == null || unit.isBlank() ? null : unit.strip(), start, end);
    }

    private static LocalDate parse(String text, String field, LocalDate absent, Problems problems) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, "api.parameter.invalid", field);
            return null;
        }
    }
}
