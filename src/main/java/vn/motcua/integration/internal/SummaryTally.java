package vn.motcua.integration.internal;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.integration.ImportProgress;
import vn.motcua.integration.ImportSummary;
import vn.motcua.integration.LineError;

/** The running counts of an import and its first reasons for rejecting lines. */
final class SummaryTally {

    private long lines;
    private long created;
    private long updated;
    private long rejected;
    private final List<LineError> errors = new ArrayList<>();
    private long moreErrors;

    void read() {
        lines++;
    }

    void recorded(int createdNow, int updatedNow) {
        created += createdNow;
        updated += updatedNow;
    }

    void reject(long line, String code, List<LineProblem> problems) {
        rejected++;
        for (LineProblem problem : problems) {
            if (errors.size() < ImportSummary.MAX_ERRORS) {
                errors.add(new LineError(line, code, problem.messageKey(), problem.arguments()));
            } else {
                moreErrors++;
            }
        }
    }

    ImportProgress progress(long bytesRead) {
        return new ImportProgress(bytesRead, lines, created, updated, rejected);
    }

    /** Rejections found when a batch is written come after later lines' reasons: put them back in line order. */
    ImportSummary summary() {
        List<LineError> ordered = new ArrayList<>(errors);
        ordered.sort(java.util.Comparator.comparingLong(LineError::line));
        return new ImportSummary(lines, created, updated, rejected, ordered, moreErrors);
    }
}
