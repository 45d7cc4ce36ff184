package vn.motcua.dossier;

import java.util.List;
import java.util.Map;

/**
 * One page of an inbox, with the count of every filter so the page can show them all.
 *
 * @param items the dossiers on this page
 * @param total how many match the query
 * @param page this page, from 1
 * @param size lines per page
 * @param counts how many dossiers each filter of the query's scope holds
 */
public record InboxPage(List<DossierSummary> items, long total, int page, int size,
        Map<InboxQuery.Filter, Long> counts) {

    public boolean hasNext() {
        return (long) page * size < total;
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
