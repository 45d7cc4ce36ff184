package vn.motcua.result;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ: every hand-over of the dossier between steps, as the
 * dossier recorded it.
 *
 * @param header the shared part
 * @param receivedAt when the dossier was received
 * @param appointment thời gian hẹn trả kết quả
 * @param entries the hand-overs, oldest first
 */
public record TrackingSheet(DocumentHeader header, LocalDateTime receivedAt, LocalDateTime appointment,
        List<Entry> entries) implements ApplicantDocument {

    public TrackingSheet {
        entries = List.copyOf(entries);
    }

    /**
     * One hand-over (giao, nhận hồ sơ).
     *
     * @param step the step of the internal process that ends with this hand-over
     * @param from who hands the dossier over
     * @param to who receives it
     * @param unit the unit where the step was done
     * @param handedOverAt when, to the minute
     * @param deadline the step's deadline
     * @param outcome how the step kept its deadline
     * @param onBehalfOf the leader {@code from} acted for under a delegation (thay mặt), or null
     * @param handedOverFrom on a hand-over of someone's open work (bàn giao), who held it, or null
     */
    public record Entry(String step, String from, String to, String unit, LocalDateTime handedOverAt,
            LocalDateTime deadline, Outcome outcome, String onBehalfOf, String handedOverFrom) {

        /** A hand-over by an officer in their own right. */
        public Entry(String step, String from, String to, String unit, LocalDateTime handedOverAt,
                LocalDateTime deadline, Outcome outcome) {
            this(step, from, to, unit, handedOverAt, deadline, outcome, null, null);
        }
    }

    /** Kết quả so với hạn của bước; message keys end in the constant's name. */
    public enum Outcome {
        /** Trước hạn. */
        EARLY,
        /** Đúng hạn. */
        ON_TIME,
        /** Quá hạn. */
        LATE
    }
}
