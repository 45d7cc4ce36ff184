package vn.motcua.catalog;

import java.util.List;

/**
 * One page of search results, best matches first.
 *
 * @param total how many procedures match in all
 * @param page this page's number, from 1
 * @param size the page size asked for
 * @param items the procedures on this page
 */
public record ProcedurePage(long total, int page, int size, List<ProcedureSummary> items) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
