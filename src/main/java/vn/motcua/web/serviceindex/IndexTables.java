package vn.motcua.web.serviceindex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.index.CriterionScore;
import vn.motcua.index.GroupScore;
import vn.motcua.index.IndexReport;
import vn.motcua.index.Ranking;
import vn.motcua.web.export.ExportTable;

/**
 * The index's tables as downloads, with the same columns and words as on the page. Counts and
 * scores stay numbers; a criterion that is not measured has empty counts and says so, as on the page.
 */
@Component
public class IndexTables {

    private final MessageSource messages;
    private final IndexLabels labels;

    IndexTables(MessageSource messages, IndexLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    /** One row per criterion, then the total. */
    public ExportTable criteria(IndexReport report, Locale locale) {
        List<String> headers = headers(locale, "group", "criterionId", "criterion", "numerator", "denominator",
                "ratio", "score", "max", "measured");
        List<List<Object>> rows = new ArrayList<>();
        for (GroupScore group : report.groups()) {
            for (CriterionScore row : group.criteria()) {
                rows.add(Arrays.asList(group.id() + ". " + labels.group(group.id(), locale), row.id(),
                        labels.criterion(row.id(), locale), row.measured() ? row.numerator() : null,
                        row.measured() ? row.denominator() : null, row.ratio().orElse(null), row.score(), row.max(),
                        message(row.measured() ? "index.export.yes" : "index.notMeasured.short", locale)));
            }
        }
        int max = report.groups().stream().mapToInt(GroupScore::max).sum();
        rows.add(Arrays.asList(message("index.total", locale), null, null, null, null, null, report.total(),
                max, null));
        return new ExportTable(message("index.export.sheet.criteria", locale), headers, rows);
    }

    /**
     * The month's ranking, best first, with last month's rank and the changes (empty for a unit not
     * ranked last month); then the units with nothing to measure, unranked, saying so.
     */
    public ExportTable ranking(Ranking ranking, Locale locale) {
        List<String> headers = headers(locale, "rank", "unitId", "unit", "score", "scoreChange", "previousRank",
                "rankChange");
        List<List<Object>> rows = new ArrayList<>();
        for (Ranking.Row row : ranking.rows()) {
            boolean before = row.rankedBefore();
            rows.add(Arrays.asList(row.rank(), row.unit(), row.name(), row.score(),
                    before ? row.scoreChange() : null, before ? row.previous().rank() : null,
                    before ? row.rankChange() : null));
        }
        for (Ranking.Unranked unit : ranking.withoutData()) {
            rows.add(Arrays.asList(null, unit.unit(), unit.name(), message("index.ranking.noData", locale), null, null,
                    null));
        }
        return new ExportTable(message("index.export.sheet.ranking." + ranking.group().name(), locale), headers, rows);
    }

    List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(key -> message("index.export." + key, locale)).toList();
    }

    String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
