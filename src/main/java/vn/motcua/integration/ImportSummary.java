package vn.motcua.integration;

import java.util.List;

/**
 * The outcome of an import of dossier history (kết quả nhập hồ sơ lịch sử). Every non-blank line is
 * created, updated or rejected, so {@code lines = created + updated + rejected}.
 *
 * @param lines non-blank lines read
 * @param created dossiers seen for the first time
 * @param updated dossiers imported before (same MaHoSo), now replaced
 * @param rejected lines not imported, each with at least one entry in {@code errors} (while it has room)
 * @param errors the first {@link #MAX_ERRORS} reasons, in line order; a line may have several
 * @param moreErrors reasons beyond those
 */
public record ImportSummary(long lines, long created, long updated, long rejected, List<LineError> errors,
        long moreErrors) {

    /** How many reasons a summary lists; a million bad lines must not make a million-row answer. */
    public static final int MAX_ERRORS = 1000;

    public ImportSummary {
        errors = List.copyOf(errors);
    }
}
