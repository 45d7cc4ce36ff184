package vn.motcua.datastore;

/**
 * Phí chứng thực bản sao từ bản chính (Circular 226/2016/TT-BTC): 2,000 VND a page for pages 1 and 2,
 * 1,000 VND a page from page 3, at most 200,000 VND a copy, counted on the original's pages. A paper copy
 * and an electronic copy issued together are charged once.
 */
public final class CopyFee {

    static final long FIRST_PAGES_VND = 2_000;
    static final long FURTHER_PAGES_VND = 1_000;
    static final long CAP_VND = 200_000;

    private CopyFee() {
    }

    /** The fee for one copy of an original of {@code pages} pages. */
    public static long vnd(int pages) {
        if (pages < 1) {
            throw new IllegalArgumentException("An original has at least one page: " + pages);
        }
        long fee = Math.min(pages, 2) * FIRST_PAGES_VND + Math.max(0, pages - 2) * FURTHER_PAGES_VND;
        return Math.min(fee, CAP_VND);
    }
}
