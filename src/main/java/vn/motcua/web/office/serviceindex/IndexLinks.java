package vn.motcua.web.office.serviceindex;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links between the leaders' view, its drill-downs and their downloads, all naming the same unit
 * and period, so following one never changes what is looked at. Paths are context-relative; the
 * templates pass them through {@code @{...}}.
 */
public final class IndexLinks {

    static final String VIEW = "/office/index";
    static final String DRILL_DOWN = "/office/index/drill-down";

    private final String unit;
    private final PeriodChoice period;

    IndexLinks(String unitOrNull, PeriodChoice period) {
        this.unit = unitOrNull;
        this.period = period;
    }

    public String view() {
        return url(VIEW, scope());
    }

    /** The criteria table as a download: "csv" or "xlsx". */
    public String criteria(String format) {
        return url(VIEW + "/criteria." + format, scope());
    }

    public String drillDown(String criterion) {
        return drillDown(criterion, 1);
    }

    /** Page {@code page} (from 1) of a criterion's drill-down. */
    public String drillDown(String criterion, int page) {
        MultiValueMap<String, String> parameters = scope();
        parameters.add("criterion", criterion);
        if (page > 1) {
            parameters.add("page", String.valueOf(page));
        }
        return url(DRILL_DOWN, parameters);
    }

    /** Every line of a criterion's drill-down as a download. */
    public String drillDownExport(String criterion, String format) {
        MultiValueMap<String, String> parameters = scope();
        parameters.add("criterion", criterion);
        return url(DRILL_DOWN + "." + format, parameters);
    }

    /** Another page or download about the same unit and period, with more parameters. */
    public String other(String path, MultiValueMap<String, String> more) {
        MultiValueMap<String, String> parameters = scope();
        parameters.addAll(more);
        return url(path, parameters);
    }

    private MultiValueMap<String, String> scope() {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        if (unit != null) {
            parameters.add("unit", unit);
        }
        parameters.addAll(period.parameters());
        return parameters;
    }

    private static String url(String path, MultiValueMap<String, String> parameters) {
        return UriComponentsBuilder.fromPath(path).queryParams(parameters).encode().build().toUriString();
    }
}
