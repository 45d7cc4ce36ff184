package vn.motcua.nationalportal.internal;

import java.time.Duration;

/**
 * How one destination's changes are sent and retried ({@code motcua.national-portal.*}, {@code motcua.emc.*}).
 *
 * @param sendInterval how often a node looks for changes to send
 * @param retryFirst the wait after a first failure, doubled after each next one
 * @param retryMax the longest wait between two attempts
 * @param parkAfter attempts after which a change is parked for an administrator
 */
record Sending(Duration sendInterval, Duration retryFirst, Duration retryMax, int parkAfter) {

    /** The wait after {@code failures} failures in a row: {@code retryFirst × 2^(failures − 1)}, capped. */
    Duration waitAfter(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration wait = retryFirst.multipliedBy(1L << doublings);
        return wait.compareTo(retryMax) > 0 || wait.isNegative() ? retryMax : wait;
    }
}
