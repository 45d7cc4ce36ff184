package vn.motcua.organization;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ủy quyền: a leader lets a deputy of the same unit take the leader's steps for a period of days
 * (inclusive, Asia/Ho_Chi_Minh). Ended early, it stays recorded, so the tracking sheet's "thay mặt"
 * lines keep their reason.
 *
 * @param leader the delegating leader (username)
 * @param deputy the officer who may act on the leader's behalf (username)
 * @param endedAt when the leader or an administrator ended it early, or null
 */
public record Delegation(long id, String leader, String deputy, String unit, LocalDate from, LocalDate to,
        String createdBy, Instant createdAt, Instant endedAt, String endedBy) {

    /** Whether the deputy may use it on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return endedAt == null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether it can still be ended: not ended and not yet over on {@code day}. */
    public boolean endableOn(LocalDate day) {
        return endedAt == null && !day.isAfter(to);
    }
}
