package vn.motcua.web.office.serviceindex;

/**
 * What the leaders' view and its drill-down were asked, as typed: the unit, the period's fields,
 * the early warning's horizon, the criterion and page of a drill-down. Kept as text so a refused
 * value comes back in its field as the officer typed it.
 */
public record IndexQuery(String unit, String period, String month, String quarter, String year, String from, String to,
        String hours, String criterion, String page) {
}
