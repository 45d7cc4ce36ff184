package vn.motcua.web.office.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;
import vn.motcua.statistics.Breakdown;
import vn.motcua.statistics.MonthlyStatistics;
import vn.motcua.statistics.ReportPeriod;
import vn.motcua.statistics.StatisticsDocuments;
import vn.motcua.statistics.StatisticsLabels;
import vn.motcua.statistics.StatisticsReport;
import vn.motcua.web.FormErrors;
import vn.motcua.web.office.serviceindex.IndexQuery;
import vn.motcua.web.office.serviceindex.IndexScope;
import vn.motcua.web.office.serviceindex.PeriodChoice;

/**
 * The monthly statistics for supervisors, administrators (any unit or the province) and leaders
 * (their own unit): the form (unit, period, breakdown), the chart, the table, and the report as
 * Excel and PDF. Who may see which unit, and the period's fields, are the leaders' index view's
 * ({@link IndexScope}): a page with a bad field shows the form's errors over the default period;
 * a download with one is a 400.
 */
@Controller
class StatisticsController {

    static final String PAGE = "/office/statistics";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MonthlyStatistics statistics;
    private final StatisticsDocuments documents;
    private final StatisticsLabels labels;
    private final UnitDirectory units;
    private final ProvinceCalendar calendar;
    private final MessageSource messages;

    StatisticsController(MonthlyStatistics statistics, StatisticsDocuments documents, StatisticsLabels labels,
            UnitDirectory units, ProvinceCalendar calendar, MessageSource messages) {
        this.statistics = statistics;
        this.documents = documents;
        this.labels = labels;
        this.units = units;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String view(@AuthenticationPrincipal OfficerPrincipal officer, @ModelAttribute("form") IndexQuery form,
            @RequestParam(required = false) String breakdown, Model model, Locale locale) {
        IndexScope scope = IndexScope.of(officer, form, today(), units);
        Breakdown chosen = breakdown(breakdown, scope.problems());
        StatisticsReport report = report(scope, chosen);
        model.addAttribute("scope", scope);
        model.addAttribute("report", report);
        model.addAttribute("labels", labels);
        model.addAttribute("chart", StatisticsChart.of(report, labels, locale));
        model.addAttribute("breakdowns", List.of(Breakdown.values()));
        model.addAttribute("xlsxUrl", download(scope, chosen, "xlsx"));
        model.addAttribute("pdfUrl", download(scope, chosen, "pdf"));
        model.addAttribute("units", scope.viewer().seesEveryUnit()
                ? units.all().stream().filter(u -> u.parent() != null).toList() : List.<Unit>of());
        model.addAttribute("errors", FormErrors.of(scope.problems(), messages, locale));
        return "office/statistics";
    }

    @GetMapping(PAGE + "/report.{format}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String format,
            @ModelAttribute IndexQuery form, @RequestParam(required = false) String breakdown, Locale locale) {
        if (!format.equals("xlsx") && !format.equals("pdf")) {
            throw new NotFoundException("export.format.unknown", format);
        }
        IndexScope scope = IndexScope.of(officer, form, today(), units);
        Breakdown chosen = breakdown(breakdown, scope.problems());
        if (!scope.problems().isEmpty()) {
            // A download names its report by URL: one that names no period is a bad request, not a form to fix.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        StatisticsReport report = report(scope, chosen);
        boolean pdf = format.equals("pdf");
        byte[] body = pdf ? documents.pdf(report, locale) : documents.xlsx(report, locale);
        return ResponseEntity.ok().contentType(pdf ? MediaType.APPLICATION_PDF : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(StatisticsDocuments.fileName(report) + "." + format).build().toString())
                .body(body);
    }

    private StatisticsReport report(IndexScope scope, Breakdown breakdown) {
        PeriodChoice period = scope.period();
        return statistics.report(scope.unit(), new ReportPeriod(ReportPeriod.Kind.valueOf(period.kind().name()),
                period.from(), period.to(), period.toDate()), breakdown);
    }

    /** The breakdown asked; by unit when none is, and with a form error for one that is not a breakdown. */
    private static Breakdown breakdown(String text, Problems problems) {
        if (text == null || text.isBlank()) {
            return Breakdown.UNIT;
        }
        return Breakdown.of(text).orElseGet(() -> {
            problems.add("breakdown", "statistics.breakdown.invalid");
            return Breakdown.UNIT;
        });
    }

    private static String download(IndexScope scope, Breakdown breakdown, String format) {
        MultiValueMap<String, String> more = new LinkedMultiValueMap<>();
        more.add("breakdown", breakdown.parameter());
        return scope.links().other(PAGE + "/report." + format, more);
    }

    private LocalDate today() {
        return calendar.now().toLocalDate();
    }
}
