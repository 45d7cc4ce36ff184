package vn.motcua.web.portal.serviceindex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.index.IndexQueries;
import vn.motcua.index.IndexReport;
import vn.motcua.index.Ranking;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;
import vn.motcua.web.FormErrors;
import vn.motcua.web.export.ExportFormat;
import vn.motcua.web.serviceindex.IndexLabels;
import vn.motcua.web.serviceindex.IndexTables;
import vn.motcua.web.serviceindex.TrendChart;

/**
 * The public dashboard of the Decision 766 index: the province's score for a month (month to date
 * for the current one) and its six groups, the last twelve months, and the month's rankings of
 * departments and communes, which the province must publish. No login.
 */
@Controller
@RequestMapping("/service-index")
class ServiceIndexController {

    static final int TREND_MONTHS = 12;

    private final IndexQueries queries;
    private final ProvinceCalendar calendar;
    private final IndexLabels labels;
    private final IndexTables tables;
    private final MessageSource messages;

    ServiceIndexController(IndexQueries queries, ProvinceCalendar calendar, IndexLabels labels, IndexTables tables,
            MessageSource messages) {
        this.queries = queries;
        this.calendar = calendar;
        this.labels = labels;
        this.tables = tables;
        this.messages = messages;
    }

    @GetMapping
    String dashboard(@RequestParam(required = false) String month, Model model, Locale locale) {
        LocalDate today = calendar.now().toLocalDate();
        YearMonth current = YearMonth.from(today);
        Problems problems = new Problems();
        YearMonth shown = MonthChoice.parse(month, current, problems);
        IndexReport province = queries.report(null, shown.atDay(1), shown.equals(current) ? today : shown.atEndOfMonth());
        // The last point is the headline's report itself, so the chart and the big number never disagree.
        List<IndexReport> trend = new ArrayList<>(queries.trend(null, shown.minusMonths(TREND_MONTHS - 1),
                shown.minusMonths(1)));
        trend.add(province);
        model.addAttribute("errors", FormErrors.of(problems, messages, locale));
        model.addAttribute("typedMonth", problems.isEmpty() ? shown.toString() : month);
        model.addAttribute("month", shown);
        model.addAttribute("monthToDate", shown.equals(current));
        model.addAttribute("province", province);
        model.addAttribute("chart", TrendChart.of(trend, labels, locale));
        model.addAttribute("departments", queries.ranking(Ranking.Group.DEPARTMENTS, shown));
        model.addAttribute("communes", queries.ranking(Ranking.Group.COMMUNES, shown));
        model.addAttribute("emptyDenominatorRule", queries.settings().emptyDenominatorGivesFullPoints()
                ? "index.ranking.rule.full" : "index.ranking.rule.none");
        return "portal/service-index";
    }

    @GetMapping("/ranking.{format}")
    ResponseEntity<byte[]> ranking(@PathVariable String format, @RequestParam String group,
            @RequestParam(required = false) String month, Locale locale) {
        ExportFormat chosen = ExportFormat.ofExtension(format);
        YearMonth current = YearMonth.from(calendar.now());
        Problems problems = new Problems();
        YearMonth shown = MonthChoice.parse(month, current, problems);
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month");
        }
        Ranking ranking = queries.ranking(group(group), shown);
        return chosen.download(tables.ranking(ranking, locale),
                "xep-hang-" + ranking.group().name().toLowerCase(Locale.ROOT) + "-" + shown);
    }

    private static Ranking.Group group(String name) {
        for (Ranking.Group group : Ranking.Group.values()) {
            if (group.name().equalsIgnoreCase(name)) {
                return group;
            }
        }
        throw new NotFoundException("index.ranking.group.unknown", name);
    }
}
