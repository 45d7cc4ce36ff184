package vn.motcua.integration;

import java.time.LocalDateTime;

/**
 * A snapshot of an import running in the background (lượt nhập): how far it is, and its summary once
 * finished.
 *
 * @param id unguessable identifier, for the job's page
 * @param fileName the uploaded file's name, as the administrator knows it
 * @param startedBy the administrator's username
 * @param startedAt when it was started, local time
 * @param totalBytes the file's size
 * @param state waiting, running, finished or failed
 * @param progress the counts so far
 * @param summary the outcome once finished, else null
 * @param failure what stopped a failed import, else null
 */
public record ImportJob(String id, String fileName, String startedBy, LocalDateTime startedAt, long totalBytes,
        State state, ImportProgress progress, ImportSummary summary, String failure) {

    /** Where an import is in its life. */
    public enum State {
        /** Waiting for an earlier import to end: one runs at a time. */
        QUEUED,
        RUNNING,
        FINISHED,
        /** Stopped by an error; the batches written before it stay. */
        FAILED
    }

    /** Not over yet: its page keeps refreshing. */
    public boolean inProgress() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    /** Share of the file read, 0–100. */
    public int percent() {
        if (state == State.FINISHED) {
            return 100;
        }
        return totalBytes <= 0 ? 0 : (int) Math.min(100, progress.bytesRead() * 100 / totalBytes);
    }
}
