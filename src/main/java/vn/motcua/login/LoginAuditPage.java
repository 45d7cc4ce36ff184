package vn.motcua.login;

import java.util.List;

/** One page of the audit, newest first; the first page is 1. */
public record LoginAuditPage(List<LoginAuditEntry> entries, int page, boolean hasNext) {

    public boolean hasPrevious() {
        return page > 1;
    }
}
